import { randomInt } from 'node:crypto';
import { AtlasError } from '../domain/errors.ts';
import { newRequestId, Operation, Request, type RequestState } from '../domain/request.ts';
import { threadKey } from '../domain/thread.ts';
import type { NewRequest, RequestPatch } from '../ports/request-store.ts';
import type { RequestInsert } from './request-insert.ts';
import { type RequestRow, requestFromRow } from './request-rows.ts';
import type { SqlQuery } from './sql/sql.ts';
import { isoTime, jsonParam } from './sql-rows.ts';

/** Four characters give about a million ids; after a few collisions the ids grow a character. */
const ID_ATTEMPTS = 12;
function idLength(attempt: number): number {
  return Math.min(8, 4 + Math.floor(attempt / 3));
}

/** Stores one row; false when its id is taken. */
export type InsertRow = (row: RequestInsert) => Promise<boolean>;

/**
 * Validated once; the row written is exactly this request, so it is returned as is (with its times in
 * the form the database gives back) instead of being read back and parsed again.
 */
export async function insertRequest(insert: InsertRow, input: NewRequest, now: string): Promise<Request> {
  const created = isoTime(now);
  const valid = Request.parse({
    ...input,
    id: newRequestId((max) => randomInt(max), idLength(0)),
    state: 'received',
    createdAt: created,
    updatedAt: created,
  });
  const values = [
    jsonParam(valid.operation),
    valid.state,
    jsonParam(valid.requester),
    jsonParam(valid.thread),
    threadKey(valid.thread),
    created,
    created,
    valid.expiresAt ?? null,
    valid.language ?? null,
  ];
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
    const id = attempt === 0 ? valid.id : newRequestId((max) => randomInt(max), idLength(attempt));
    if (!(await insert({ id, values }))) continue;
    return {
      ...valid,
      id,
      ...(valid.expiresAt === undefined ? {} : { expiresAt: isoTime(valid.expiresAt) }),
    };
  }
  throw new AtlasError(
    'internal',
    `Choosing an id for a new request: ${ID_ATTEMPTS} ids in a row were taken.`,
    {
      hint: 'This should not happen; check the requests table for runaway inserts.',
    },
  );
}

const PatchFields = Request.pick({
  planId: true,
  planHash: true,
  reason: true,
  result: true,
  expiresAt: true,
}).partial();

const PATCH_COLUMNS = {
  planId: { column: 'plan_id', cast: '' },
  planHash: { column: 'plan_hash', cast: '' },
  reason: { column: 'reason', cast: '' },
  result: { column: 'result', cast: '::jsonb' },
  expiresAt: { column: 'expires_at', cast: '' },
} as const;

/** The `SET` list and parameters for a patch; parameters are numbered from `first`. */
export function patchAssignments(patch: RequestPatch, first: number): { sets: string[]; params: unknown[] } {
  const valid = PatchFields.parse(patch);
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [field, { column, cast }] of Object.entries(PATCH_COLUMNS)) {
    const value = valid[field as keyof typeof valid];
    if (value === undefined) continue;
    params.push(field === 'result' ? jsonParam(value) : value);
    sets.push(`${column} = $${first + params.length - 1}${cast}`);
  }
  return { sets, params };
}

/** Compare-and-set in one statement: the row changes only if its state is still one of `from`. */
export async function updateState(
  db: SqlQuery,
  change: {
    id: string;
    from: readonly RequestState[];
    to: RequestState;
    patch: RequestPatch;
    now: string;
    expect?: { revision: number };
  },
): Promise<Request | undefined> {
  const { sets, params } = patchAssignments(change.patch, 5);
  const revision = change.expect ? ` AND revision = $${5 + params.length}` : '';
  const rows = await db.query<RequestRow>(
    `UPDATE requests SET state = $3, updated_at = $4${sets.map((set) => `, ${set}`).join('')}
     WHERE id = $1 AND state = ANY($2::text[])${revision} RETURNING *`,
    [
      change.id,
      [...change.from],
      change.to,
      change.now,
      ...params,
      ...(change.expect ? [change.expect.revision] : []),
    ],
  );
  return rows[0] === undefined ? undefined : requestFromRow(rows[0]);
}

/** A new operation for a request not yet approved: its plan is cleared and it is planned again. */
export async function reviseRequest(
  db: SqlQuery,
  change: { id: string; from: readonly RequestState[]; operation: Operation; now: string },
): Promise<Request | undefined> {
  const operation = Operation.parse(change.operation);
  const rows = await db.query<RequestRow>(
    `UPDATE requests SET operation = $3::jsonb, state = 'planning', revision = revision + 1,
       plan_id = NULL, plan_hash = NULL, expires_at = NULL, updated_at = $4
     WHERE id = $1 AND state = ANY($2::text[]) RETURNING *`,
    [change.id, [...change.from], jsonParam(operation), change.now],
  );
  return rows[0] === undefined ? undefined : requestFromRow(rows[0]);
}

export async function selectRequests(db: SqlQuery, where: string, params: unknown[], limit: number) {
  const rows = await db.query<RequestRow>(
    `SELECT * FROM requests WHERE ${where} ORDER BY created_at DESC, seq DESC LIMIT $${params.length + 1}`,
    [...params, limit],
  );
  return rows.map(requestFromRow);
}
