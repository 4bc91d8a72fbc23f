import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/store/migrate.ts';
import { loadMigrations } from '../../../src/store/migration-files.ts';
import { openPostgres } from '../../../src/store/sql/open-postgres.ts';
import type { Sql } from '../../../src/store/sql/sql.ts';
import { DATABASE_URL, uniqueSchema } from '../../support/services.ts';

describe('migrations on PostgreSQL', () => {
  const opened: Sql[] = [];
  let schema = '';

  afterEach(async () => {
    await opened[0]?.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await Promise.all(opened.splice(0).map((sql) => sql.close()));
  });

  async function open(count: number): Promise<Sql[]> {
    schema = uniqueSchema();
    const sqls = await Promise.all(
      Array.from({ length: count }, () => openPostgres({ url: DATABASE_URL, schema, max: 2 })),
    );
    opened.push(...sqls);
    return sqls;
  }

  it('applies every migration exactly once when four processes start at the same time', async () => {
    const sqls = await open(4);
    const files = (await loadMigrations()).map((migration) => migration.name);

    const applied = await Promise.all(sqls.map((sql) => migrate(sql)));

    expect(applied.flat()).toEqual(files);
    const recorded = await sqls[0]!.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY version',
    );
    expect(recorded.map((row) => row.name)).toEqual(files);
    const tables = await sqls[0]!.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    expect(tables.map((row) => row.table_name)).toEqual([
      'approvals',
      'audit_log',
      'job_history',
      'plan_artifacts',
      'plans',
      'requests',
      'schema_migrations',
    ]);
  });

  it('rolls back a failing migration, keeps the ones before it, and says which failed', async () => {
    const [sql] = await open(1);
    const migrations = [
      { version: 1, name: '001_good.sql', text: 'CREATE TABLE good (id int);' },
      {
        version: 2,
        name: '002_bad.sql',
        text: 'CREATE TABLE half (id int); CREATE TABLE broken (id nosuchtype);',
      },
    ];

    const failure = migrate(sql!, migrations);

    await expect(failure).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/001_good\.sql.*nosuchtype/s),
    });
    const recorded = await sql!.query<{ name: string }>('SELECT name FROM schema_migrations');
    expect(recorded.map((row) => row.name)).toEqual(['001_good.sql']);
    const half = await sql!.query(
      "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'half'",
      [schema],
    );
    expect(half).toEqual([]);
  });

  it('names the server, never the password, when it cannot connect', async () => {
    const url = 'postgres://atlas:hunter2@127.0.0.1:1/atlas';

    const failure = openPostgres({ url });

    await expect(failure).rejects.toMatchObject({
      code: 'config',
      message: expect.stringContaining('127.0.0.1:1/atlas'),
    });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('hunter2') });
  });
});
