import { type Request, TERMINAL_STATES } from '../domain/request.ts';
import type { FinishedQuery } from '../ports/request-store.ts';
import { type RequestRow, requestFromRow } from './request-rows.ts';
import type { SqlQuery } from './sql/sql.ts';

/**
 * Terminal requests last changed before `before` with no job recorded since (a rollback pressed late
 * runs on a request that ended long ago), oldest change first, in pages: `after` is where the last
 * page stopped.
 */
export async function selectFinished(db: SqlQuery, query: FinishedQuery): Promise<Request[]> {
  const { after } = query;
  const params = [
    [...TERMINAL_STATES],
    query.before,
    query.limit,
    ...(after ? [after.updatedAt, after.id] : []),
  ];
  const past = after ? 'AND (r.updated_at, r.id) > ($4::timestamptz, $5::text)' : '';
  const rows = await db.query<RequestRow>(
    `SELECT r.* FROM requests r
     WHERE r.state = ANY($1::text[]) AND r.updated_at < $2 ${past}
       AND NOT EXISTS (SELECT 1 FROM job_history j WHERE j.request_id = r.id AND j.at >= $2)
     ORDER BY r.updated_at, r.id LIMIT $3`,
    params,
  );
  return rows.map(requestFromRow);
}
