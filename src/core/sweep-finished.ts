import type { Locks } from '../ports/claims.ts';
import type { Clock } from '../ports/clock.ts';
import type { Engine } from '../ports/engine.ts';
import type { Logger } from '../ports/logger.ts';
import type { PlanArtifactsSweep } from '../ports/plan-artifacts.ts';
import type { FinishedCursor, RequestStore } from '../ports/request-store.ts';

/** What the retention sweep works through. */
export interface SweepDeps {
  requests: Pick<RequestStore, 'listFinished'>;
  artifacts: PlanArtifactsSweep;
  engine: Pick<Engine, 'forget'>;
  locks: Locks;
  clock: Clock;
  logger: Logger;
}

export interface SweepOptions {
  /** How long the leftovers of a finished request are kept; 0 or less sweeps nothing. */
  retentionMs: number;
  /** Where this process's previous sweep stopped; undefined: from the oldest finished request. */
  after?: FinishedCursor | undefined;
  /** Requests per page: one query, one DELETE. Default 100. */
  pageSize?: number;
  /** Most requests one sweep handles; the next one carries on from its cursor. Default 2000. */
  maxRequests?: number;
  /** Stops between requests (the worker is closing). */
  signal?: AbortSignal | undefined;
}

export interface SweepCounts {
  requests: number;
  planFiles: number;
  workspaces: number;
  /** Requests whose workspace could not be removed (the first error is logged). */
  failed: number;
}

export type SweepOutcome =
  | { kind: 'off' }
  | { kind: 'busy' }
  | ({ kind: 'swept'; cursor: FinishedCursor | undefined } & SweepCounts);

/** Held while a worker sweeps, so that one worker at a time does; it lapses if that worker dies. */
export const SWEEP_LOCK = 'retention:sweep';
const LOCK_TTL_MS = 15 * 60_000;

/**
 * The retention sweep: for requests that ended (terminal state) longer than the retention ago and that
 * no job touched since, deletes their stored plan files and has the engine forget its per-request files
 * (Terraform workspace directories). Terraform state is never touched: a later `vm destroy` or rollback
 * of their VMs still works. One log line per sweep; no audit entries.
 */
export async function sweepFinished(deps: SweepDeps, options: SweepOptions): Promise<SweepOutcome> {
  if (options.retentionMs <= 0) return { kind: 'off' };
  const lease = await deps.locks.acquire(SWEEP_LOCK, { ttlMs: LOCK_TTL_MS, waitMs: 0 });
  if (!lease) return { kind: 'busy' };
  try {
    return await sweepPages(deps, options);
  } finally {
    await lease.release();
  }
}

async function sweepPages(deps: SweepDeps, options: SweepOptions): Promise<SweepOutcome> {
  const before = new Date(deps.clock.now().getTime() - options.retentionMs).toISOString();
  const pageSize = options.pageSize ?? 100;
  const max = options.maxRequests ?? 2000;
  const counts: SweepCounts = { requests: 0, planFiles: 0, workspaces: 0, failed: 0 };
  let cursor = options.after;
  let firstError: unknown;
  let more = true;
  while (more && counts.requests < max && !options.signal?.aborted) {
    const limit = Math.min(pageSize, max - counts.requests);
    const page = await deps.requests.listFinished({ before, after: cursor, limit });
    more = page.length === limit;
    const ids = page.map((request) => request.id);
    counts.planFiles += await deps.artifacts.deleteOfRequests(ids, before);
    for (const request of page) {
      if (options.signal?.aborted) break;
      try {
        if (await deps.engine.forget?.(request.id)) counts.workspaces += 1;
      } catch (error) {
        counts.failed += 1;
        firstError ??= error;
      }
      cursor = { id: request.id, updatedAt: request.updatedAt };
      counts.requests += 1;
    }
  }
  logSweep(deps.logger, before, counts, firstError);
  return { kind: 'swept', cursor, ...counts };
}

function logSweep(logger: Logger, before: string, counts: SweepCounts, firstError: unknown): void {
  const message =
    `retention sweep: ${counts.requests} request(s) finished before ${before}: ` +
    `${counts.planFiles} plan file(s) and ${counts.workspaces} workspace(s) removed`;
  if (counts.failed === 0) logger.info({ before, ...counts }, message);
  else logger.warn({ before, ...counts, err: firstError }, `${message}, ${counts.failed} could not be`);
}
