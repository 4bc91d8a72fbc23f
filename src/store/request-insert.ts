import type { SqlQuery } from './sql/sql.ts';
import { valuesList } from './values-list.ts';

/** One new request row: its candidate id and the other values, in the order of COLUMNS after `id`. */
export interface RequestInsert {
  id: string;
  values: readonly unknown[];
}

const COLUMNS =
  'id, operation, state, requester, thread, thread_key, created_at, updated_at, expires_at, language';
const CASTS = ['', '::jsonb', '', '::jsonb', '::jsonb', '', '', '', '', ''];

/**
 * Inserts the rows with one statement, skipping those whose id is taken (`ON CONFLICT DO NOTHING`).
 * Answers, per row, whether it was stored; a row that repeats an id earlier in the same batch is not.
 */
export async function insertRequestRows(db: SqlQuery, rows: readonly RequestInsert[]): Promise<boolean[]> {
  const fresh = firstOfEachId(rows);
  const values = valuesList(
    [...fresh].map((row) => [row.id, ...row.values]),
    CASTS,
  );
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO requests (${COLUMNS}) VALUES ${values.text} ON CONFLICT (id) DO NOTHING RETURNING id`,
    values.params,
  );
  const stored = new Set(inserted.map((row) => row.id));
  return rows.map((row) => fresh.has(row) && stored.has(row.id));
}

function firstOfEachId(rows: readonly RequestInsert[]): Set<RequestInsert> {
  const byId = new Map<string, RequestInsert>();
  for (const row of rows) if (!byId.has(row.id)) byId.set(row.id, row);
  return new Set(byId.values());
}
