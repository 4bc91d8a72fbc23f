import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { isPermanent } from '../domain/errors.ts';
import type { JobData, JobKind } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import { parseJobData } from './job-data.ts';
import type { FinishedJobInfo, JobInfo, JobProcessor, WorkerHooks } from './job-hooks.ts';

export interface RunJobDeps {
  kind: JobKind;
  processor: JobProcessor;
  hooks: WorkerHooks;
  logger: Logger;
  /** Errors this wrapper already reported through the hooks; the worker's `failed` listener skips them. */
  reported: WeakSet<Error>;
}

type BullProcessor = (job: Job, token?: string, signal?: AbortSignal) => Promise<void>;

/**
 * Wraps a processor for BullMQ: re-validates the job data, calls the hooks, turns permanent errors
 * into UnrecoverableError (no retry) and puts jobs interrupted by a shutdown back in the queue
 * without spending an attempt.
 */
export function createBullProcessor(deps: RunJobDeps): BullProcessor {
  // Three declared parameters: BullMQ only hands an AbortSignal to processors that accept one.
  return async (job, token, signal) => {
    const info = jobInfo(job);
    const parsed = parseJobData(deps.kind, job.data);
    if (!parsed.ok) {
      deps.logger.error(
        { kind: deps.kind, jobId: info.id, problem: parsed.problem },
        'Job data is invalid; failing the job without running it',
      );
      throw reported(
        deps,
        new UnrecoverableError(`The ${deps.kind} job ${info.id} has invalid data: ${parsed.problem}.`),
      );
    }
    const data = parsed.data;
    const log = deps.logger.child({
      kind: deps.kind,
      jobId: info.id,
      requestId: data.requestId,
      attempt: info.attempt,
    });
    await callHook(log, 'onStart', () => deps.hooks.onStart?.(deps.kind, data, info));
    log.info({}, 'Job started');
    const started = performance.now();
    try {
      await deps.processor(data, { id: info.id, attempt: info.attempt, ...(signal ? { signal } : {}) });
    } catch (error) {
      const finished = { ...info, durationMs: performance.now() - started };
      throw await handleFailure(deps, log, { job, token, signal, data, finished, error });
    }
    const finished = { ...info, durationMs: performance.now() - started };
    log.info({ durationMs: Math.round(finished.durationMs) }, 'Job completed');
    await callHook(log, 'onCompleted', () => deps.hooks.onCompleted?.(deps.kind, data, finished));
  };
}

interface Failure {
  job: Job;
  token: string | undefined;
  signal: AbortSignal | undefined;
  data: JobData;
  finished: FinishedJobInfo;
  error: unknown;
}

/** Reports the failure and returns what to throw to BullMQ. */
async function handleFailure(deps: RunJobDeps, log: Logger, failure: Failure): Promise<Error> {
  const { job, token, signal, data, finished, error } = failure;
  const permanent = isPermanent(error);
  if (signal?.aborted === true && !permanent && token !== undefined) {
    log.warn({ err: error }, 'Job interrupted by worker shutdown; it goes back to the queue');
    await job.moveToDelayed(Date.now(), token);
    await callHook(log, 'onFailed', () => deps.hooks.onFailed?.(deps.kind, data, finished, error, true));
    return new DelayedError();
  }
  const willRetry = !permanent && finished.attempt < finished.maxAttempts;
  const fields = { err: error, willRetry, durationMs: Math.round(finished.durationMs) };
  if (willRetry) log.warn(fields, 'Job failed; it will be retried');
  else log.error(fields, permanent ? 'Job failed; retrying cannot fix this' : 'Job failed; no attempts left');
  await callHook(log, 'onFailed', () => deps.hooks.onFailed?.(deps.kind, data, finished, error, willRetry));
  const thrown = asError(error);
  return reported(deps, permanent ? unrecoverable(thrown) : thrown);
}

export function jobInfo(job: Job): JobInfo {
  return {
    id: job.id ?? '(no id)',
    attempt: job.attemptsMade + 1,
    maxAttempts: Math.max(1, job.opts.attempts ?? 1),
  };
}

export async function callHook(log: Logger, name: keyof WorkerHooks, hook: () => unknown): Promise<void> {
  try {
    await hook();
  } catch (error) {
    log.error({ err: error, hook: name }, `The ${name} job hook failed; the job carries on regardless`);
  }
}

function reported(deps: RunJobDeps, error: Error): Error {
  deps.reported.add(error);
  return error;
}

function unrecoverable(error: Error): UnrecoverableError {
  return Object.assign(new UnrecoverableError(error.message), { cause: error });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
