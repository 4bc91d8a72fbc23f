// Per-VM config locks, like qemu-server's flock on /var/lock/qemu-server/lock-<vmid>.conf: one holder at a
// time, waiters served in order, and a waiter that is not served within `waitMs` fails with `got timeout`.
import type { SimFaults } from './faults.ts';
import { lockTimeoutError } from './sim-error.ts';

export type Release = () => void;

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

export class VmLocks {
  readonly #held = new Set<number>();
  readonly #waiters = new Map<number, Waiter[]>();
  readonly #faults: SimFaults;
  readonly #waitMs: number;

  constructor(faults: SimFaults, waitMs: number) {
    this.#faults = faults;
    this.#waitMs = waitMs;
  }

  isHeld(vmid: number): boolean {
    return this.#held.has(vmid);
  }

  /** Locks one VM's config; rejects with the PVE lock timeout error. */
  acquire(vmid: number): Promise<Release> {
    if (this.#faults.takeLockTimeout(vmid)) return Promise.reject(lockTimeoutError(vmid));
    if (!this.#held.has(vmid)) {
      this.#held.add(vmid);
      return Promise.resolve(this.#releaser(vmid));
    }
    return new Promise((resolve, reject) => {
      const queue = this.#waiters.get(vmid) ?? [];
      const waiter: Waiter = {
        grant: () => resolve(this.#releaser(vmid)),
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(lockTimeoutError(vmid));
        }, this.#waitMs),
      };
      waiter.timer.unref();
      queue.push(waiter);
      this.#waiters.set(vmid, queue);
    });
  }

  /** Locks several VMs in order (source before target, like a clone); all or none. */
  async acquireAll(vmids: number[]): Promise<Release> {
    const releases: Release[] = [];
    try {
      for (const vmid of vmids) releases.push(await this.acquire(vmid));
    } catch (error) {
      for (const release of releases.reverse()) release();
      throw error;
    }
    return () => {
      for (const release of releases.reverse()) release();
    };
  }

  #releaser(vmid: number): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiters.get(vmid)?.shift();
      if (!next) {
        this.#held.delete(vmid);
        return;
      }
      clearTimeout(next.timer);
      next.grant();
    };
  }
}
