interface Seen {
  /** Whose it is, when this process reserved it or confirmed it; undefined for someone else's. */
  owner: string | undefined;
  at: number;
}

/**
 * The VMID reservations one allocator has met (made, or found taken), for as long as a reservation
 * lives. Only a shortcut: the claim store stays the judge. A reservation another process releases
 * early is skipped here until it would have expired, which leaves a gap in the ids and nothing worse.
 * Every lookup is by key; expired entries are swept out at most once per sweep interval.
 */
export class ReservationMemory {
  readonly #seen = new Map<number, Seen>();
  readonly #byOwner = new Map<string, number>();
  readonly #ttlMs: number;
  readonly #now: () => number;
  #sweptAt: number;

  constructor(ttlMs: number, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#now = now;
    this.#sweptAt = now();
  }

  /** Remembers a reservation; one seen again keeps the time it was first seen (its claim is not renewed). */
  held(vmid: number, owner: string | undefined): void {
    this.#sweep();
    const seen = this.#seen.get(vmid);
    if (seen !== undefined && seen.owner === owner && this.#fresh(seen)) return;
    this.release(vmid);
    this.#seen.set(vmid, { owner, at: this.#now() });
    if (owner !== undefined) this.#byOwner.set(owner, vmid);
  }

  release(vmid: number): void {
    const owner = this.#seen.get(vmid)?.owner;
    if (owner !== undefined && this.#byOwner.get(owner) === vmid) this.#byOwner.delete(owner);
    this.#seen.delete(vmid);
  }

  /** The VMID this process reserved for `owner` before, if it may still be reserved. */
  heldBy(owner: string): number | undefined {
    const vmid = this.#byOwner.get(owner);
    const seen = vmid === undefined ? undefined : this.#seen.get(vmid);
    return seen !== undefined && this.#fresh(seen) ? vmid : undefined;
  }

  /** True when `vmid` is known to be reserved for someone other than `owner`. */
  heldByOther(vmid: number, owner: string): boolean {
    const seen = this.#seen.get(vmid);
    return seen !== undefined && seen.owner !== owner && this.#fresh(seen);
  }

  #sweep(): void {
    const now = this.#now();
    if (now - this.#sweptAt < Math.min(this.#ttlMs, SWEEP_INTERVAL_MS)) return;
    this.#sweptAt = now;
    for (const [vmid, seen] of this.#seen) if (!this.#fresh(seen)) this.release(vmid);
  }

  #fresh(seen: Seen): boolean {
    return this.#now() - seen.at < this.#ttlMs;
  }
}

const SWEEP_INTERVAL_MS = 60_000;
