import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../../../src/store/sql/sql.ts';
import { SqlAuditLog } from '../../../src/store/sql-audit-log.ts';
import { SqlRequestStore } from '../../../src/store/sql-request-store.ts';
import { postgresDatabase, type TestDatabase } from '../../support/services.ts';
import { newRequest, newThread } from './fixtures.ts';

/** The real database, with a count of the statements that start with a given text. */
function counting(sql: Sql): { sql: Sql; count: (start: string) => number } {
  const seen: string[] = [];
  const wrapped: Sql = {
    ...sql,
    kind: sql.kind,
    query: (text, params) => {
      seen.push(text.trim());
      return sql.query(text, params);
    },
  };
  return { sql: wrapped, count: (start) => seen.filter((text) => text.startsWith(start)).length };
}

describe('writes made at the same moment share statements (PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await postgresDatabase();
  });

  afterAll(async () => {
    await db?.dispose();
  });

  it('stores 100 requests and their audit entries at once in a few statements, each with its own id', async () => {
    const { sql, count } = counting(db.sql);
    const store = new SqlRequestStore(sql);
    const audit = new SqlAuditLog(sql);
    const thread = newThread();

    const created = await Promise.all(
      Array.from({ length: 100 }, async () => {
        const request = await store.create(newRequest({ thread }));
        const entry = await audit.append({
          actor: 'atlas',
          action: 'request.created',
          requestId: request.id,
        });
        return { request, entry };
      }),
    );

    const ids = created.map((c) => c.request.id);
    expect(new Set(ids).size).toBe(100);
    expect(new Set(created.map((c) => c.entry.id)).size).toBe(100);
    expect(await store.listByThread(thread, 500)).toHaveLength(100);
    for (const { request, entry } of created) {
      expect(await audit.list({ requestId: request.id })).toEqual([entry]);
    }
    expect(count('INSERT INTO requests')).toBeLessThan(20);
    expect(count('INSERT INTO audit_log')).toBeLessThan(20);
  });

  it('gives an entry appended after another one finished a larger id', async () => {
    const audit = new SqlAuditLog(db.sql);
    const noise = Array.from({ length: 30 }, (_, i) =>
      audit.append({ actor: 'atlas', action: `noise.${i}` }),
    );

    const first = await audit.append({ actor: 'atlas', action: 'first' });
    const second = await audit.append({ actor: 'atlas', action: 'second' });

    await Promise.all(noise);
    expect(second.id).toBeGreaterThan(first.id);
  });
});
