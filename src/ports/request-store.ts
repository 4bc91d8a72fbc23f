import type { RequestId } from '../domain/intent.ts';
import type { Language } from '../domain/language.ts';
import type { Plan } from '../domain/plan.ts';
import type { Operation, Request, RequestState } from '../domain/request.ts';
import type { ThreadRef, UserRef } from '../domain/thread.ts';

export interface NewRequest {
  operation: Operation;
  requester: UserRef;
  thread: ThreadRef;
  expiresAt?: string;
  language?: Language;
}

export type RequestPatch = Partial<Pick<Request, 'planId' | 'planHash' | 'reason' | 'result' | 'expiresAt'>>;

export interface Approval {
  requestId: RequestId;
  planHash: string;
  approver: string;
  at: string;
}

export interface JobRecord {
  requestId: RequestId;
  kind: string;
  jobId: string;
  status: 'started' | 'completed' | 'failed' | 'retrying';
  attempt: number;
  detail?: string;
}

/** Where a listing of finished requests stopped: the last request it gave. */
export type FinishedCursor = Pick<Request, 'id' | 'updatedAt'>;

export interface FinishedQuery {
  /** ISO time: the request last changed before it, and no job of it was recorded at or after it. */
  before: string;
  /** Only requests after this one, in the listing's order (oldest change first, then id). */
  after?: FinishedCursor | undefined;
  limit: number;
}

/** The durable record of requests, plans, approvals and job history. */
export interface RequestStore {
  /** Stores a new request in state `received` under a fresh unique id. */
  create(request: NewRequest): Promise<Request>;
  get(id: string): Promise<Request | undefined>;
  /**
   * Compare-and-set: moves the request to `to` only if it is in one of `from` now.
   * With `expect.revision`, only if it is still that revision. Returns the updated request, or undefined
   * when someone else moved (or revised) it first.
   */
  transition(
    id: string,
    from: readonly RequestState[],
    to: RequestState,
    patch?: RequestPatch,
    expect?: { revision: number },
  ): Promise<Request | undefined>;
  /**
   * Compare-and-set revision: only if the request is in one of `from` now, its operation is replaced,
   * its revision counted up, its plan (id, hash, expiry) cleared and its state set to `planning`.
   * Returns the revised request, or undefined when it had moved on (approved, cancelled...) first.
   */
  revise(id: string, from: readonly RequestState[], operation: Operation): Promise<Request | undefined>;
  /** Requests of a thread, newest first. */
  listByThread(thread: ThreadRef, limit?: number): Promise<Request[]>;
  listByRequester(userId: string, limit?: number): Promise<Request[]>;
  /** Requests awaiting approval whose expiry is before `now`. */
  listExpired(now: string): Promise<Request[]>;
  /**
   * Requests in a terminal state that nothing touched since `before` (the retention sweep), oldest
   * change first, then by id.
   */
  listFinished(query: FinishedQuery): Promise<Request[]>;
  savePlan(plan: Plan): Promise<void>;
  getPlan(id: string): Promise<Plan | undefined>;
  /** Records one approver's approval of one plan; false when that person already approved that plan. */
  addApproval(approval: Approval): Promise<boolean>;
  listApprovals(requestId: string): Promise<Approval[]>;
  recordJob(job: JobRecord): Promise<void>;
  listJobs(requestId: string): Promise<(JobRecord & { at: string })[]>;
}
