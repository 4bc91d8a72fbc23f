import { applyRequest } from '../core/apply-request.ts';
import { runLifecycleJob } from '../core/configure/lifecycle-job.ts';
import { expireRequests } from '../core/expire-requests.ts';
import { failRequest } from '../core/fail-request.ts';
import { planRequest } from '../core/plan-request.ts';
import { defaultSanitizer } from '../observability/sanitizer.ts';
import type { JobKind } from '../ports/job-queue.ts';
import { startWorkers } from '../queue/workers.ts';
import { startRetentionSweeps } from './retention-loop.ts';
import type { Runtime } from './runtime.ts';

export interface WorkerLoopOptions {
  stalledIntervalMs?: number;
  lockDurationMs?: number;
  expiryIntervalMs?: number;
  /** Between retention sweeps; default one hour. */
  retentionIntervalMs?: number;
}

/**
 * The worker side of a process: BullMQ workers for every job kind, the expiry of unapproved plans, and
 * the retention sweep of what finished requests leave behind.
 */
export async function startWorkerLoop(runtime: Runtime, options: WorkerLoopOptions = {}) {
  const { deps } = runtime;
  const record = (
    kind: JobKind,
    requestId: string,
    jobId: string,
    status: 'started' | 'completed' | 'failed' | 'retrying',
    attempt: number,
    detail?: string,
  ) =>
    deps.requests.recordJob({
      requestId,
      kind,
      jobId,
      status,
      attempt,
      ...(detail ? { detail: defaultSanitizer.sanitize(detail).slice(0, 500) } : {}),
    });
  const workers = startWorkers({
    connection: { url: runtime.options.redisUrl },
    prefix: runtime.options.prefix.replace(/:$/, ''),
    concurrency: runtime.options.config.worker.concurrency,
    logger: deps.logger,
    ...(options.stalledIntervalMs ? { stalledIntervalMs: options.stalledIntervalMs } : {}),
    ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
    processors: {
      plan: (data) => planRequest(deps, data.requestId, data.revision ?? 0),
      apply: (data, job) => applyRequest(deps, data.requestId, data.planHash, job.signal),
      lifecycle: (data, job) => runLifecycleJob(deps, data.requestId, job.signal),
    },
    hooks: {
      onStart: (kind, data, job) => record(kind, data.requestId, job.id, 'started', job.attempt),
      onCompleted: async (kind, data, job) => {
        runtime.metrics.jobFinished(kind, 'completed', job.durationMs / 1000);
        await record(kind, data.requestId, job.id, 'completed', job.attempt);
      },
      onFailed: async (kind, data, job, error, willRetry) => {
        const message = error instanceof Error ? error.message : String(error);
        runtime.metrics.jobFinished(kind, willRetry ? 'retried' : 'failed', job.durationMs / 1000);
        await record(kind, data.requestId, job.id, willRetry ? 'retrying' : 'failed', job.attempt, message);
        if (!willRetry)
          await failRequest(deps, data.requestId, error, (text) => defaultSanitizer.sanitize(text));
      },
    },
  });
  await workers.ready();
  const sweep = setInterval(() => {
    expireRequests(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'expiring unapproved requests failed'),
    );
  }, options.expiryIntervalMs ?? 30_000);
  sweep.unref();
  const retention = startRetentionSweeps(runtime.sweep, {
    retentionMs: runtime.options.config.retentionMs,
    ...(options.retentionIntervalMs ? { intervalMs: options.retentionIntervalMs } : {}),
  });
  return {
    close: async () => {
      clearInterval(sweep);
      await retention.close();
      await workers.close();
    },
  };
}
