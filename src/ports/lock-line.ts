/** Where a waiter stands in a lock's line: who holds the lock, and its place among the waiters (1 = next). */
export interface LinePlace {
  key: string;
  holder: string;
  position: number;
}

export interface HeldLocks {
  release(): Promise<void>;
}

export interface EnterOptions {
  /** Told each time the waiter's place changes (another holder, a shorter line). */
  onWait?: (place: LinePlace) => Promise<void>;
  /** Leaves the line (holding nothing) and rejects when aborted. */
  signal?: AbortSignal | undefined;
}

/**
 * Locks shared by every ATLAS process, each with a first-come-first-served line of waiters that can
 * say where they stand ("queued behind R-7F3K, position 2"). A holder or waiter whose process dies
 * leaves the line by itself after a short time.
 */
export interface LockLine {
  /**
   * Takes every lock in `keys` for `holder` (a request id), in one fixed order so that two holders of
   * overlapping keys never wait for each other; resolves once all are held.
   */
  enter(keys: readonly string[], holder: string, options?: EnterOptions): Promise<HeldLocks>;
}
