// Fakes of the ports the retention sweep works through, besides the request store in memory-ports.
import type { Lease, Locks } from '../../../src/ports/claims.ts';
import type { PlanArtifactsSweep } from '../../../src/ports/plan-artifacts.ts';

export class MemoryLocks implements Locks {
  readonly held = new Set<string>();
  readonly asked: { key: string; ttlMs: number; waitMs: number }[] = [];

  async acquire(key: string, options: { ttlMs: number; waitMs: number }): Promise<Lease | undefined> {
    this.asked.push({ key, ...options });
    if (this.held.has(key)) return undefined;
    this.held.add(key);
    return { key, release: async () => void this.held.delete(key) };
  }
}

/** Plan files by request id; `deleteOfRequests` removes those stored before the time. */
export class MemoryArtifactsSweep implements PlanArtifactsSweep {
  readonly files: { requestId: string; createdAt: string }[] = [];
  readonly calls: { requestIds: string[]; createdBefore: string }[] = [];

  async deleteOfRequests(requestIds: readonly string[], createdBefore: string): Promise<number> {
    this.calls.push({ requestIds: [...requestIds], createdBefore });
    const gone = this.files.filter((f) => requestIds.includes(f.requestId) && f.createdAt < createdBefore);
    for (const file of gone) this.files.splice(this.files.indexOf(file), 1);
    return gone.length;
  }
}

/** An engine that keeps a directory per request until it forgets it; `broken` ids fail to be removed. */
export class KeepingEngine {
  readonly kept = new Set<string>();
  readonly forgotten: string[] = [];
  readonly broken = new Set<string>();

  async forget(requestId: string): Promise<boolean> {
    if (this.broken.has(requestId)) throw new Error(`EACCES: permission denied, rmdir '${requestId}'`);
    this.forgotten.push(requestId);
    return this.kept.delete(requestId);
  }
}
