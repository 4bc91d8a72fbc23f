import { Plan } from '../domain/plan.ts';
import { Request } from '../domain/request.ts';
import type { Approval, JobRecord } from '../ports/request-store.ts';
import { isoTime, optional, parseRow } from './sql-rows.ts';

export interface RequestRow {
  id: string;
  operation: unknown;
  state: string;
  requester: unknown;
  thread: unknown;
  plan_id: string | null;
  plan_hash: string | null;
  reason: string | null;
  result: unknown;
  created_at: unknown;
  updated_at: unknown;
  expires_at: unknown;
  /** Added by migration 003. */
  language?: string | null;
  revision?: number | null;
}

export function requestFromRow(row: RequestRow): Request {
  return parseRow(Request, `request ${row.id}`, {
    id: row.id,
    operation: row.operation,
    state: row.state,
    requester: row.requester,
    thread: row.thread,
    ...optional('planId', row.plan_id),
    ...optional('planHash', row.plan_hash),
    ...optional('reason', row.reason),
    ...optional('result', row.result),
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
    ...optional('expiresAt', row.expires_at === null ? null : isoTime(row.expires_at)),
    ...optional('language', row.language ?? null),
    ...(row.revision ? { revision: Number(row.revision) } : {}),
  });
}

export interface PlanRow {
  id: string;
  request_id: string;
  engine: string;
  actions: unknown;
  hash: string;
  artifact_sha256: string | null;
  /** Added by migration 002. */
  summary?: string | null;
  created_at: unknown;
}

export function planFromRow(row: PlanRow): Plan {
  return parseRow(Plan, `plan ${row.id}`, {
    id: row.id,
    requestId: row.request_id,
    engine: row.engine,
    actions: row.actions,
    hash: row.hash,
    ...optional('artifactSha256', row.artifact_sha256),
    ...optional('summary', row.summary),
    createdAt: isoTime(row.created_at),
  });
}

export interface ApprovalRow {
  request_id: string;
  approver: string;
  plan_hash: string;
  at: unknown;
}

export function approvalFromRow(row: ApprovalRow): Approval {
  return { requestId: row.request_id, approver: row.approver, planHash: row.plan_hash, at: isoTime(row.at) };
}

export interface JobRow {
  request_id: string;
  kind: string;
  job_id: string;
  status: JobRecord['status'];
  attempt: number;
  detail: string | null;
  at: unknown;
}

export function jobFromRow(row: JobRow): JobRecord & { at: string } {
  return {
    requestId: row.request_id,
    kind: row.kind,
    jobId: row.job_id,
    status: row.status,
    attempt: Number(row.attempt),
    ...optional('detail', row.detail),
    at: isoTime(row.at),
  };
}
