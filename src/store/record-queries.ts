import { AtlasError } from '../domain/errors.ts';
import { Plan } from '../domain/plan.ts';
import type { Approval, JobRecord } from '../ports/request-store.ts';
import {
  type ApprovalRow,
  approvalFromRow,
  type JobRow,
  jobFromRow,
  type PlanRow,
  planFromRow,
} from './request-rows.ts';
import type { SqlQuery } from './sql/sql.ts';
import { jsonParam } from './sql-rows.ts';
import { valuesList } from './values-list.ts';

/** Plans never change: saving the same plan again is a no-op, a different plan under the same id a conflict. */
export async function insertPlan(db: SqlQuery, input: Plan): Promise<void> {
  const plan = Plan.parse(input);
  const inserted = await db.query(
    `INSERT INTO plans (id, request_id, engine, actions, hash, artifact_sha256, summary, created_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      plan.id,
      plan.requestId,
      plan.engine,
      jsonParam(plan.actions),
      plan.hash,
      plan.artifactSha256 ?? null,
      plan.summary ?? null,
      plan.createdAt,
    ],
  );
  if (inserted.length > 0) return;
  const existing = await selectPlan(db, plan.id);
  if (existing?.hash !== plan.hash || existing.requestId !== plan.requestId) {
    throw new AtlasError('conflict', `Plan ${plan.id} already exists with different contents.`, {
      hint: 'Plans are immutable: give a new plan a new id.',
    });
  }
}

export async function selectPlan(db: SqlQuery, id: string): Promise<Plan | undefined> {
  const rows = await db.query<PlanRow>('SELECT * FROM plans WHERE id = $1', [id]);
  return rows[0] === undefined ? undefined : planFromRow(rows[0]);
}

export async function insertApproval(db: SqlQuery, approval: Approval): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO approvals (request_id, approver, plan_hash, at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (request_id, approver, plan_hash) DO NOTHING RETURNING approver`,
    [approval.requestId, approval.approver, approval.planHash, approval.at],
  );
  return rows.length > 0;
}

export async function selectApprovals(db: SqlQuery, requestId: string): Promise<Approval[]> {
  const rows = await db.query<ApprovalRow>(
    'SELECT * FROM approvals WHERE request_id = $1 ORDER BY at, approver',
    [requestId],
  );
  return rows.map(approvalFromRow);
}

export interface JobInsert {
  job: JobRecord;
  at: string;
}

/** Job history rows, several in one statement. */
export async function insertJobRows(db: SqlQuery, rows: readonly JobInsert[]): Promise<undefined[]> {
  const values = valuesList(
    rows.map(({ job, at }) => [
      job.requestId,
      job.kind,
      job.jobId,
      job.status,
      job.attempt,
      job.detail ?? null,
      at,
    ]),
    ['', '', '', '', '', '', ''],
  );
  await db.query(
    `INSERT INTO job_history (request_id, kind, job_id, status, attempt, detail, at) VALUES ${values.text}`,
    values.params,
  );
  return rows.map(() => undefined);
}

export async function selectJobs(db: SqlQuery, requestId: string): Promise<(JobRecord & { at: string })[]> {
  const rows = await db.query<JobRow>('SELECT * FROM job_history WHERE request_id = $1 ORDER BY id', [
    requestId,
  ]);
  return rows.map(jobFromRow);
}
