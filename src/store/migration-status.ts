import { loadMigrations } from './migration-files.ts';
import type { Sql } from './sql/sql.ts';

/** Which migrations a database still lacks, without changing it (for `atlas doctor`). */
export async function pendingMigrations(sql: Sql): Promise<string[]> {
  const table = await sql.query<{ found: string | null }>(
    `SELECT to_regclass('schema_migrations')::text AS found`,
  );
  const done = table[0]?.found
    ? new Set(
        (await sql.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) =>
          Number(r.version),
        ),
      )
    : new Set<number>();
  return (await loadMigrations()).filter((m) => !done.has(m.version)).map((m) => m.name);
}
