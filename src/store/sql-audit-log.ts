import { AuditEntry, type NewAuditEntry } from '../domain/audit.ts';
import type { AuditLog } from '../ports/audit-log.ts';
import { type Clock, systemClock } from '../ports/clock.ts';
import { insertAuditRows, type NewRow } from './audit-insert.ts';
import type { Sql } from './sql/sql.ts';
import { databaseError } from './sql/sql-errors.ts';
import { isoTime, optional, parseRow } from './sql-rows.ts';
import { WriteBatcher } from './write-batcher.ts';

interface AuditRow {
  id: number | string;
  at: unknown;
  actor: string;
  actor_name: string | null;
  action: string;
  request_id: string | null;
  thread: unknown;
  plan_hash: string | null;
  detail: string | null;
}

function entryFromRow(row: AuditRow): AuditEntry {
  return parseRow(AuditEntry, `audit entry ${row.id}`, {
    id: Number(row.id),
    at: isoTime(row.at),
    actor: row.actor,
    ...optional('actorName', row.actor_name),
    action: row.action,
    ...optional('requestId', row.request_id),
    ...optional('thread', row.thread),
    ...optional('planHash', row.plan_hash),
    ...optional('detail', row.detail),
  });
}

const NewEntry = AuditEntry.omit({ id: true, at: true }).extend({ at: AuditEntry.shape.at.optional() });
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * The audit log on PostgreSQL or PGlite, oldest first. The table refuses UPDATE, DELETE and TRUNCATE
 * itself (a trigger), so not even a bug here can rewrite history. Does not own `sql`.
 */
export class SqlAuditLog implements AuditLog {
  readonly #sql: Sql;
  readonly #clock: Clock;
  readonly #batcher: WriteBatcher<NewRow, number>;

  constructor(sql: Sql, options: { clock?: Clock } = {}) {
    this.#sql = sql;
    this.#clock = options.clock ?? systemClock;
    this.#batcher = new WriteBatcher({
      write: (rows) => insertAuditRows(sql, rows),
      concurrency: 2,
      maxItems: 100,
    });
  }

  /**
   * The entry is validated once and returned as written, with the id the database gave it. Entries
   * appended at the same moment share one INSERT (see WriteBatcher); ids still follow the order of
   * the appends, and an entry appended after another one finished always gets a larger id.
   */
  async append(input: NewAuditEntry): Promise<AuditEntry> {
    const { at, ...entry } = NewEntry.parse(input);
    const row = { ...entry, at: at ?? this.#clock.now().toISOString() };
    try {
      const id = await this.#batcher.add(row);
      return { id, at: isoTime(row.at), ...entry };
    } catch (error) {
      throw databaseError(`Writing the audit entry "${entry.action}" by ${entry.actor}`, error);
    }
  }

  async list(filter: { requestId?: string; since?: string; limit?: number }): Promise<AuditEntry[]> {
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(filter.limit ?? DEFAULT_LIMIT)));
    try {
      const rows = await this.#sql.query<AuditRow>(
        `SELECT * FROM audit_log
         WHERE ($1::text IS NULL OR request_id = $1) AND ($2::timestamptz IS NULL OR at >= $2)
         ORDER BY id LIMIT $3`,
        [filter.requestId ?? null, filter.since ?? null, limit],
      );
      return rows.map(entryFromRow);
    } catch (error) {
      throw databaseError('Listing audit entries', error);
    }
  }
}
