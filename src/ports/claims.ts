/**
 * Short-lived shared claims: event de-duplication, VMID reservations, "render this event once".
 * `claim` is atomic across processes: exactly one caller gets true for a key until it expires.
 */
export interface Claims {
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
}

export interface Lease {
  readonly key: string;
  release(): Promise<void>;
}

/** Mutual exclusion across processes, with an expiry so a crashed holder cannot block forever. */
export interface Locks {
  /** Waits up to `waitMs` for the lock; undefined when it stayed taken. */
  acquire(key: string, options: { ttlMs: number; waitMs: number }): Promise<Lease | undefined>;
}
