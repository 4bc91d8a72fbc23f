import { type Job, Worker } from 'bullmq';
import type { JobKind } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import { type RedisConnection, workerConnection } from './connection.ts';
import { JOB_KINDS, parseJobData } from './job-data.ts';
import type { JobProcessor, WorkerHooks } from './job-hooks.ts';
import { callHook, createBullProcessor, jobInfo } from './run-job.ts';

export interface WorkersOptions {
  connection: RedisConnection;
  /** The same prefix the JobQueue was created with. */
  prefix: string;
  /** Only kinds with a processor get a worker. */
  processors: Partial<Record<JobKind, JobProcessor>>;
  /** Jobs run at once per kind in this process. */
  concurrency: number | Partial<Record<JobKind, number>>;
  logger: Logger;
  hooks?: WorkerHooks;
  /** How often workers look for jobs whose worker died (BullMQ default 30 s). */
  stalledIntervalMs?: number;
  /** How long a job's lock lives without renewal; a dead worker's job is recoverable after it (default 30 s). */
  lockDurationMs?: number;
  /** How many times one job may be recovered from a dead worker before it fails (default 2). */
  maxStalledCount?: number;
  /** How long close() waits for running jobs before interrupting them (default 30 s). */
  closeTimeoutMs?: number;
}

export interface RunningWorkers {
  /** Resolves when every worker is connected and taking jobs. */
  ready(): Promise<void>;
  /**
   * Stops taking jobs and waits for running ones up to the timeout; then interrupts them (their
   * AbortSignal fires and they go back to the queue without spending an attempt) and waits a little more.
   */
  close(timeoutMs?: number): Promise<void>;
}

const INTERRUPT_GRACE_MS = 5_000;
const SHUTDOWN_REASON = 'The ATLAS worker is shutting down';

export function startWorkers(options: WorkersOptions): RunningWorkers {
  const workers: Worker[] = [];
  for (const kind of JOB_KINDS) {
    const processor = options.processors[kind];
    if (processor !== undefined) workers.push(openWorker(kind, processor, options));
  }

  async function ready(): Promise<void> {
    await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  }

  async function close(timeoutMs = options.closeTimeoutMs ?? 30_000): Promise<void> {
    const closing = Promise.all(workers.map((worker) => worker.close()));
    if (await settlesWithin(closing, timeoutMs)) return;
    options.logger.warn({ timeoutMs }, 'Jobs still running at shutdown; interrupting them');
    for (const worker of workers) worker.cancelAllJobs(SHUTDOWN_REASON);
    if (await settlesWithin(closing, INTERRUPT_GRACE_MS)) return;
    options.logger.error(
      {},
      'Jobs ignored the interrupt; another worker takes them over once their lock expires',
    );
  }

  return { ready, close };
}

function openWorker(kind: JobKind, processor: JobProcessor, options: WorkersOptions): Worker {
  const hooks = options.hooks ?? {};
  const logger = options.logger.child({ worker: kind });
  const reported = new WeakSet<Error>();
  const worker = new Worker(kind, createBullProcessor({ kind, processor, hooks, logger, reported }), {
    connection: workerConnection(options.connection),
    prefix: options.prefix,
    concurrency: concurrencyFor(options.concurrency, kind),
    maxStalledCount: options.maxStalledCount ?? 2,
    ...(options.stalledIntervalMs === undefined ? {} : { stalledInterval: options.stalledIntervalMs }),
    ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
  });
  worker.on('error', (error) =>
    logger.error(
      { err: error },
      `The ${kind} job worker hit an error and carries on; check Redis if it repeats`,
    ),
  );
  worker.on('stalled', (jobId) => logger.warn({ jobId }, 'Job lost its worker; it goes back to the queue'));
  worker.on('failed', (job, error) => {
    if (!reported.has(error)) void reportUnseenFailure(kind, job, error, hooks, logger);
  });
  return worker;
}

/** Failures BullMQ decided on by itself (a job that lost its worker too often) still reach the hooks. */
async function reportUnseenFailure(
  kind: JobKind,
  job: Job | undefined,
  error: Error,
  hooks: WorkerHooks,
  logger: Logger,
): Promise<void> {
  if (job === undefined) return;
  const parsed = parseJobData(kind, job.data);
  if (!parsed.ok) return;
  const durationMs = job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : 0;
  logger.error(
    { err: error, jobId: job.id, requestId: parsed.data.requestId },
    'Job failed outside its processor',
  );
  await callHook(logger, 'onFailed', () =>
    hooks.onFailed?.(kind, parsed.data, { ...jobInfo(job), durationMs }, error, false),
  );
}

function concurrencyFor(concurrency: WorkersOptions['concurrency'], kind: JobKind): number {
  const value = typeof concurrency === 'number' ? concurrency : (concurrency[kind] ?? 1);
  return Math.max(1, Math.floor(value));
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
