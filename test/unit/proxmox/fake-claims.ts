import type { Claims } from '../../../src/ports/claims.ts';

/**
 * In-memory Claims with expiry. Every call yields to the event loop first, so concurrent callers
 * interleave the way separate processes would; the check-and-set itself is atomic, like Redis SET NX.
 */
export class FakeClaims implements Claims {
  readonly #held = new Map<string, number>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    await new Promise((resolve) => setImmediate(resolve));
    const expiry = this.#held.get(key);
    if (expiry !== undefined && expiry > this.#now()) return false;
    this.#held.set(key, this.#now() + ttlMs);
    return true;
  }

  async release(key: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.#held.delete(key);
  }

  /** Keys held now, with their remaining time to live. */
  held(): Map<string, number> {
    const now = this.#now();
    return new Map(
      [...this.#held].filter(([, expiry]) => expiry > now).map(([key, expiry]) => [key, expiry - now]),
    );
  }
}
