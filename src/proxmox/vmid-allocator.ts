import { AtlasError } from '../domain/errors.ts';
import type { Claims } from '../ports/claims.ts';
import { ReservationMemory } from './reservation-memory.ts';

/** What the allocator reads from Proxmox (ProxmoxInventory has both). */
export interface VmidSource {
  resources(): Promise<{ vmid: number }[]>;
  nextId(): Promise<number>;
}

export interface VmidAllocatorOptions {
  source: VmidSource;
  claims: Claims;
  /** How long a reservation lives: plan → approval → clone. Default 26 h (24 h approval + margin). */
  ttlMs?: number;
  /** Claim-key prefix, so several clusters can share one store. */
  prefix?: string;
  /** How many candidates to try before giving up. */
  maxCandidates?: number;
  /** The clock of the reservation memory (tests). */
  now?: () => number;
}

export const DEFAULT_RESERVATION_TTL_MS = 26 * 60 * 60 * 1000;

/**
 * VMIDs that stay unique when many creates run at once, in many processes: `/cluster/nextid` only
 * suggests, so each candidate is reserved through an atomic claim. A plan asking again for the same
 * owner (request + VM name) gets its earlier reservation back, so re-planning is stable.
 *
 * Reservations outlive their plan (until the clone, or a day), so `nextid` keeps pointing below them.
 * The allocator remembers the reservations it has met, and walks past them without asking the claim
 * store again: the n-th plan of a burst costs a few round trips, not n of them.
 */
export class VmidAllocator {
  readonly #source: VmidSource;
  readonly #claims: Claims;
  readonly #ttlMs: number;
  readonly #prefix: string;
  readonly #maxCandidates: number;
  readonly #memory: ReservationMemory;

  constructor(options: VmidAllocatorOptions) {
    this.#source = options.source;
    this.#claims = options.claims;
    this.#ttlMs = options.ttlMs ?? DEFAULT_RESERVATION_TTL_MS;
    this.#prefix = options.prefix ?? 'proxmox:vmid';
    this.#maxCandidates = options.maxCandidates ?? 1000;
    this.#memory = new ReservationMemory(this.#ttlMs, options.now);
  }

  /**
   * Reserves a free VMID for `owner` (e.g. `R-7F3K/web-01`). `exclude` holds ids this plan already took;
   * `inUse` the VMIDs of the guests that exist, when the caller has just read them (else they are read here).
   */
  async allocate(
    owner: string,
    exclude: ReadonlySet<number> = new Set(),
    inUse?: readonly number[],
  ): Promise<number> {
    const [vmids, first] = await Promise.all([inUse ?? this.#usedVmids(), this.#source.nextId()]);
    const used = new Set(vmids);
    const usable = (vmid: number) => !used.has(vmid) && !exclude.has(vmid);
    const earlier = this.#memory.heldBy(owner);
    if (earlier !== undefined && usable(earlier) && (await this.#reserve(earlier, owner))) return earlier;
    let candidate = first;
    for (let tried = 0; tried < this.#maxCandidates; candidate += 1) {
      if (!usable(candidate)) continue;
      tried += 1;
      if (this.#memory.heldByOther(candidate, owner)) continue;
      if (await this.#reserve(candidate, owner)) return candidate;
    }
    throw new AtlasError(
      'conflict',
      `Choosing a VMID: ${this.#maxCandidates} candidates were all taken or reserved.`,
      {
        hint: 'Try again in a moment; if it persists, look for stale VMID reservations.',
      },
    );
  }

  async #usedVmids(): Promise<number[]> {
    return (await this.#source.resources()).map((r) => r.vmid);
  }

  /** Lets the VMID go (a rejected or cancelled plan). */
  async release(vmid: number, owner: string): Promise<void> {
    this.#memory.release(vmid);
    await this.#claims.release(this.#ownerKey(vmid, owner));
    await this.#claims.release(this.#key(vmid));
  }

  async #reserve(vmid: number, owner: string): Promise<boolean> {
    if (await this.#claims.claim(this.#key(vmid), this.#ttlMs)) {
      await this.#claims.claim(this.#ownerKey(vmid, owner), this.#ttlMs);
      this.#memory.held(vmid, owner);
      return true;
    }
    // Taken: ours from an earlier plan of the same owner? The owner key exists only then.
    const ownerKey = this.#ownerKey(vmid, owner);
    if (!(await this.#claims.claim(ownerKey, this.#ttlMs))) {
      this.#memory.held(vmid, owner);
      return true;
    }
    await this.#claims.release(ownerKey);
    this.#memory.held(vmid, undefined);
    return false;
  }

  #key(vmid: number): string {
    return `${this.#prefix}:${vmid}`;
  }

  #ownerKey(vmid: number, owner: string): string {
    return `${this.#prefix}:${vmid}:owner:${owner}`;
  }
}
