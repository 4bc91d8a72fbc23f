import type { Plan } from '../domain/plan.ts';
import type { Operation, Request, RequestState } from '../domain/request.ts';
import { type ThreadRef, threadKey } from '../domain/thread.ts';
import { type Clock, systemClock } from '../ports/clock.ts';
import type {
  Approval,
  FinishedQuery,
  JobRecord,
  NewRequest,
  RequestPatch,
  RequestStore,
} from '../ports/request-store.ts';
import { selectFinished } from './finished-requests.ts';
import {
  insertApproval,
  insertJobRows,
  insertPlan,
  type JobInsert,
  selectApprovals,
  selectJobs,
  selectPlan,
} from './record-queries.ts';
import { insertRequestRows, type RequestInsert } from './request-insert.ts';
import { insertRequest, reviseRequest, selectRequests, updateState } from './request-queries.ts';
import type { Sql } from './sql/sql.ts';
import { databaseError } from './sql/sql-errors.ts';
import { WriteBatcher } from './write-batcher.ts';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

function clampLimit(limit: number | undefined): number {
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit ?? DEFAULT_LIMIT)));
}

/**
 * RequestStore on PostgreSQL or PGlite. Does not own `sql`: whoever opened it closes it.
 * Run `migrate(sql)` before first use.
 */
export class SqlRequestStore implements RequestStore {
  readonly #sql: Sql;
  readonly #clock: Clock;

  /** New requests, and job history rows, written at the same moment share one INSERT (see WriteBatcher). */
  readonly #inserts: WriteBatcher<RequestInsert, boolean>;
  readonly #jobs: WriteBatcher<JobInsert, undefined>;

  constructor(sql: Sql, options: { clock?: Clock } = {}) {
    this.#sql = sql;
    this.#clock = options.clock ?? systemClock;
    this.#inserts = new WriteBatcher({
      write: (rows) => insertRequestRows(sql, rows),
      concurrency: 2,
      maxItems: 100,
    });
    this.#jobs = new WriteBatcher({
      write: (rows) => insertJobRows(sql, rows),
      concurrency: 2,
      maxItems: 100,
    });
  }

  #now(): string {
    return this.#clock.now().toISOString();
  }

  async #run<T>(doing: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw databaseError(doing, error);
    }
  }

  create(request: NewRequest): Promise<Request> {
    const insert = (row: RequestInsert) => this.#inserts.add(row);
    return this.#run('Saving a new request', () => insertRequest(insert, request, this.#now()));
  }

  get(id: string): Promise<Request | undefined> {
    return this.#run(
      `Loading request ${id}`,
      async () => (await selectRequests(this.#sql, 'id = $1', [id], 1))[0],
    );
  }

  transition(
    id: string,
    from: readonly RequestState[],
    to: RequestState,
    patch: RequestPatch = {},
    expect?: { revision: number },
  ): Promise<Request | undefined> {
    return this.#run(`Moving request ${id} to ${to}`, () =>
      updateState(this.#sql, { id, from, to, patch, now: this.#now(), ...(expect ? { expect } : {}) }),
    );
  }

  revise(id: string, from: readonly RequestState[], operation: Operation): Promise<Request | undefined> {
    return this.#run(`Revising request ${id}`, () =>
      reviseRequest(this.#sql, { id, from, operation, now: this.#now() }),
    );
  }

  listByThread(thread: ThreadRef, limit?: number): Promise<Request[]> {
    const key = threadKey(thread);
    return this.#run(`Listing the requests of thread ${key}`, () =>
      selectRequests(this.#sql, 'thread_key = $1', [key], clampLimit(limit)),
    );
  }

  listByRequester(userId: string, limit?: number): Promise<Request[]> {
    return this.#run(`Listing the requests of ${userId}`, () =>
      selectRequests(this.#sql, "requester ->> 'id' = $1", [userId], clampLimit(limit)),
    );
  }

  listExpired(now: string): Promise<Request[]> {
    return this.#run('Listing expired requests', () =>
      selectRequests(this.#sql, "state = 'awaiting_approval' AND expires_at < $1", [now], MAX_LIMIT),
    );
  }

  listFinished(query: FinishedQuery): Promise<Request[]> {
    return this.#run('Listing finished requests', () =>
      selectFinished(this.#sql, { ...query, limit: clampLimit(query.limit) }),
    );
  }

  savePlan(plan: Plan): Promise<void> {
    return this.#run(`Saving plan ${plan.id} of ${plan.requestId}`, () => insertPlan(this.#sql, plan));
  }

  getPlan(id: string): Promise<Plan | undefined> {
    return this.#run(`Loading plan ${id}`, () => selectPlan(this.#sql, id));
  }

  addApproval(approval: Approval): Promise<boolean> {
    return this.#run(`Recording the approval of ${approval.requestId} by ${approval.approver}`, () =>
      insertApproval(this.#sql, approval),
    );
  }

  listApprovals(requestId: string): Promise<Approval[]> {
    return this.#run(`Listing the approvals of ${requestId}`, () => selectApprovals(this.#sql, requestId));
  }

  recordJob(job: JobRecord): Promise<void> {
    return this.#run(`Recording ${job.kind} job ${job.jobId} of ${job.requestId}`, () =>
      this.#jobs.add({ job, at: this.#now() }),
    );
  }

  listJobs(requestId: string): Promise<(JobRecord & { at: string })[]> {
    return this.#run(`Listing the jobs of ${requestId}`, () => selectJobs(this.#sql, requestId));
  }
}
