import type { JobsOptions } from 'bullmq';

export interface RetryOptions {
  /** How many times a job runs at most (1 = no retry). */
  attempts: number;
  /** First retry delay; each later retry waits twice as long as the one before. */
  backoffMs: number;
}

export interface RetentionOptions {
  /** Finished jobs are kept this long, and at most this many per kind, then removed. */
  completed: { ageSeconds: number; count: number };
  failed: { ageSeconds: number; count: number };
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 3, backoffMs: 5_000 };

/**
 * Kept finished jobs are also the de-duplication window: a duplicate of a job that is still kept
 * enqueues nothing; after removal the same id can run again (the core's compare-and-set on the
 * request state is the guard from then on).
 */
export const DEFAULT_RETENTION: RetentionOptions = {
  completed: { ageSeconds: 24 * 3600, count: 1_000 },
  failed: { ageSeconds: 7 * 24 * 3600, count: 1_000 },
};

export function defaultJobOptions(retry: RetryOptions, retention: RetentionOptions): JobsOptions {
  return {
    attempts: Math.max(1, retry.attempts),
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: { age: retention.completed.ageSeconds, count: retention.completed.count },
    removeOnFail: { age: retention.failed.ageSeconds, count: retention.failed.count },
  };
}
