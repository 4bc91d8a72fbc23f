import type { AuditEntry } from '../domain/audit.ts';
import type { SqlQuery } from './sql/sql.ts';
import { jsonParam } from './sql-rows.ts';
import { valuesList } from './values-list.ts';

/** An audit entry ready to be written: validated, with its time. */
export type NewRow = Omit<AuditEntry, 'id'>;

const COLUMNS = 'at, actor, actor_name, action, request_id, thread, plan_hash, detail';
const CASTS = ['', '', '', '', '', '::jsonb', '', ''];

/**
 * Inserts the rows with one statement and returns their ids in the order of `rows`. The ids come from
 * a sequence, drawn row by row in the order of the VALUES list, so the sorted ids map onto the rows
 * whatever order RETURNING lists them in.
 */
export async function insertAuditRows(db: SqlQuery, rows: readonly NewRow[]): Promise<number[]> {
  const values = valuesList(
    rows.map((row) => [
      row.at,
      row.actor,
      row.actorName ?? null,
      row.action,
      row.requestId ?? null,
      jsonParam(row.thread),
      row.planHash ?? null,
      row.detail ?? null,
    ]),
    CASTS,
  );
  const inserted = await db.query<{ id: number | string }>(
    `INSERT INTO audit_log (${COLUMNS}) VALUES ${values.text} RETURNING id`,
    values.params,
  );
  return inserted.map((row) => Number(row.id)).sort((a, b) => a - b);
}
