import type { RequestId } from '../domain/intent.ts';

export type JobKind = 'plan' | 'apply' | 'lifecycle';

/** Job data is ids only: workers load everything else from the stores. */
export interface JobData {
  requestId: RequestId;
  /** For apply: the plan hash that was approved. */
  planHash?: string;
  /** For plan: which revision of the request to plan (absent: the first). */
  revision?: number;
}

export interface EnqueueResult {
  jobId: string;
  /** True when a job with this id already existed (a duplicate click, a retried delivery). */
  duplicate: boolean;
  /** How many jobs of this kind wait ahead of it. */
  waiting: number;
}

export interface JobQueue {
  enqueue(kind: JobKind, data: JobData): Promise<EnqueueResult>;
}
