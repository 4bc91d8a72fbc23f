import type { AuditEntry } from '../domain/audit.ts';
import type { SqlQuery } from './sql/sql.ts';
import { jsonParam } from './sql-rows.ts';

/** An audit entry ready to be written: validated, with its time. */
export type NewRow = Omit<AuditEntry, 'id'>;

const COLUMNS = ['at', 'actor', 'actor_name', 'action', 'request_id', 'thread', 'plan_hash', 'detail'];

/**
 * Inserts the rows with one statement and returns their ids in the order of `rows`. The ids come from
 * a sequence, drawn row by row in the order of the VALUES list, so the sorted ids map onto the rows
 * whatever order RETURNING lists them in.
 */
export async function insertAuditRows(db: SqlQuery, rows: readonly NewRow[]): Promise<number[]> {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const first = params.length;
    params.push(
      row.at,
      row.actor,
      row.actorName ?? null,
      row.action,
      row.requestId ?? null,
      jsonParam(row.thread),
      row.planHash ?? null,
      row.detail ?? null,
    );
    const slots = COLUMNS.map((column, i) => `$${first + i + 1}${column === 'thread' ? '::jsonb' : ''}`);
    return `(${slots.join(', ')})`;
  });
  const inserted = await db.query<{ id: number | string }>(
    `INSERT INTO audit_log (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')} RETURNING id`,
    params,
  );
  return inserted.map((row) => Number(row.id)).sort((a, b) => a - b);
}
