import { loadMigrations, type Migration } from './migration-files.ts';
import type { Sql, SqlQuery } from './sql/sql.ts';
import { databaseError } from './sql/sql-errors.ts';

/**
 * Held for the length of a transaction, per schema: two processes starting at once take turns,
 * and the second finds the first one's migrations already recorded.
 */
const LOCK = `SELECT pg_advisory_xact_lock(hashtext('atlas schema migrations ' || current_schema()))`;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

async function appliedVersions(tx: SqlQuery): Promise<Set<number>> {
  await tx.query(LOCK);
  await tx.exec(CREATE_TABLE);
  const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => Number(row.version)));
}

/** Applies one migration in its own transaction, unless another process did it first. */
async function applyOne(sql: Sql, migration: Migration): Promise<boolean> {
  return sql.transaction(async (tx) => {
    if ((await appliedVersions(tx)).has(migration.version)) return false;
    await tx.exec(migration.text);
    await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
    return true;
  });
}

/** Brings the database schema up to date. Returns the names of the migrations it applied, in order. */
export async function migrate(sql: Sql, migrations?: readonly Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  const applied: string[] = [];
  try {
    const done = await sql.transaction(appliedVersions);
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      if (await applyOne(sql, migration)) applied.push(migration.name);
    }
    return applied;
  } catch (error) {
    throw databaseError(
      `Updating the database schema (applied so far: ${applied.join(', ') || 'none'})`,
      error,
    );
  }
}
