import type { JobData, JobKind } from '../ports/job-queue.ts';

/** Which job, and which run of it. `attempt` counts from 1; a job that crashed mid-run keeps its number. */
export interface JobInfo {
  id: string;
  attempt: number;
  maxAttempts: number;
}

export interface FinishedJobInfo extends JobInfo {
  durationMs: number;
}

/** What a processor gets besides the job data. `signal` aborts when the worker is shutting down. */
export interface JobContext {
  id: string;
  attempt: number;
  signal?: AbortSignal;
}

/** One per job kind: thin (parse → call the core → report). Throw to fail; AtlasErrors that retrying cannot fix fail at once. */
export type JobProcessor = (data: JobData, job: JobContext) => Promise<void>;

/**
 * Where the composition root records job history, metrics and, when `willRetry` is false, ends the
 * request as failed. Hooks are awaited; an error in a hook is logged and does not change the job's fate.
 */
export interface WorkerHooks {
  onStart?(kind: JobKind, data: JobData, job: JobInfo): Promise<void> | void;
  onCompleted?(kind: JobKind, data: JobData, job: FinishedJobInfo): Promise<void> | void;
  onFailed?(
    kind: JobKind,
    data: JobData,
    job: FinishedJobInfo,
    error: unknown,
    willRetry: boolean,
  ): Promise<void> | void;
}
