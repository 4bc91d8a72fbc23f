import { AtlasError } from '../domain/errors.ts';
import { type Clock, systemClock } from '../ports/clock.ts';

export interface CircuitBreakerOptions {
  /** Failures in a row that open the circuit; default 5. */
  threshold?: number;
  /** How long an open circuit refuses calls before it lets one through to try; default 30 s. */
  cooldownMs?: number;
  clock?: Clock;
}

/**
 * Stops calling an endpoint that keeps failing: after `threshold` failures in a row every call fails at
 * once for `cooldownMs`; then one call may try, and its result closes or re-opens the circuit.
 */
export class CircuitBreaker {
  readonly #threshold: number;
  readonly #cooldownMs: number;
  readonly #clock: Clock;
  #failures = 0;
  #openUntil = 0;
  #trying = false;

  constructor(options: CircuitBreakerOptions = {}) {
    this.#threshold = options.threshold ?? 5;
    this.#cooldownMs = options.cooldownMs ?? 30_000;
    this.#clock = options.clock ?? systemClock;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.#failures < this.#threshold) return 'closed';
    return this.#clock.now().getTime() < this.#openUntil ? 'open' : 'half-open';
  }

  /** Runs `task` unless the circuit is open; `counts` says which errors are the endpoint's fault. */
  async run<T>(task: () => Promise<T>, counts: (error: unknown) => boolean): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.#trying)) {
      const wait = Math.max(1, Math.ceil((this.#openUntil - this.#clock.now().getTime()) / 1000));
      throw new AtlasError(
        'transient',
        `The language model failed ${this.#failures} times in a row; ATLAS waits before calling it again.`,
        {
          hint: `It tries again in about ${wait} s.`,
        },
      );
    }
    this.#trying = state === 'half-open';
    try {
      const result = await task();
      this.#failures = 0;
      return result;
    } catch (error) {
      if (counts(error)) {
        this.#failures += 1;
        if (this.#failures >= this.#threshold)
          this.#openUntil = this.#clock.now().getTime() + this.#cooldownMs;
      }
      throw error;
    } finally {
      this.#trying = false;
    }
  }
}
