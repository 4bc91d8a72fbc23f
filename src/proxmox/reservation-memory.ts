interface Seen {
  /** Whose it is, when this process reserved it or confirmed it; undefined for someone else's. */
  owner: string | undefined;
  at: number;
}

/**
 * The VMID reservations one allocator has met (made, or found taken), for as long as a reservation
 * lives. Only a shortcut: the claim store stays the judge. A reservation another process releases
 * early is skipped here until it would have expired, which leaves a gap in the ids and nothing worse.
 */
export class ReservationMemory {
  readonly #seen = new Map<number, Seen>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(ttlMs: number, now: () => number = Date.now) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  /** Remembers a reservation; one seen again keeps the time it was first seen (its claim is not renewed). */
  held(vmid: number, owner: string | undefined): void {
    const seen = this.#seen.get(vmid);
    if (seen?.owner === owner && seen !== undefined && this.#fresh(seen)) return;
    this.#seen.set(vmid, { owner, at: this.#now() });
  }

  release(vmid: number): void {
    this.#seen.delete(vmid);
  }

  /** The VMID this process reserved for `owner` before, if it may still be reserved. */
  heldBy(owner: string): number | undefined {
    for (const [vmid, seen] of this.#seen) if (seen.owner === owner && this.#fresh(seen)) return vmid;
    return undefined;
  }

  /** True when `vmid` is known to be reserved for someone other than `owner`. */
  heldByOther(vmid: number, owner: string): boolean {
    const seen = this.#seen.get(vmid);
    return seen !== undefined && seen.owner !== owner && this.#fresh(seen);
  }

  /** Drops what cannot matter any more: expired reservations and ids a guest now holds. */
  forget(used: ReadonlySet<number>): void {
    for (const [vmid, seen] of this.#seen) if (used.has(vmid) || !this.#fresh(seen)) this.#seen.delete(vmid);
  }

  #fresh(seen: Seen): boolean {
    return this.#now() - seen.at < this.#ttlMs;
  }
}
