import { type SweepDeps, sweepFinished } from '../core/sweep-finished.ts';
import type { FinishedCursor } from '../ports/request-store.ts';

export interface RetentionLoopOptions {
  /** ATLAS_RETENTION; 0 turns the sweep off. */
  retentionMs: number;
  /** Between sweeps; default one hour. */
  intervalMs?: number;
}

const HOUR_MS = 3_600_000;

/**
 * The retention sweep of one worker process: once at start, then every hour, one at a time. Where a
 * sweep stopped is kept in memory, so each sweep looks only at requests that finished since (after a
 * restart, the first sweep walks them all again; that removes nothing twice). Failures are logged and
 * the next sweep tries again; they never stop the worker.
 */
export function startRetentionSweeps(deps: SweepDeps, options: RetentionLoopOptions) {
  if (options.retentionMs <= 0) {
    deps.logger.info({}, 'retention sweep: off (ATLAS_RETENTION), finished requests keep their files');
    return { close: async () => undefined };
  }
  const abort = new AbortController();
  let cursor: FinishedCursor | undefined;
  let running: Promise<void> | undefined;
  const sweep = () => {
    if (running !== undefined) return;
    running = sweepFinished(deps, { retentionMs: options.retentionMs, after: cursor, signal: abort.signal })
      .then((outcome) => {
        if (outcome.kind === 'swept') cursor = outcome.cursor;
      })
      .catch((error: unknown) =>
        deps.logger.warn({ err: error }, 'retention sweep failed; the next one retries'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  sweep();
  const timer = setInterval(sweep, options.intervalMs ?? HOUR_MS);
  timer.unref();
  return {
    close: async () => {
      clearInterval(timer);
      abort.abort();
      await running;
    },
  };
}
