import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { AtlasError } from '../../domain/errors.ts';
import type { Sql, SqlQuery } from './sql.ts';

export interface PgliteOptions {
  /** A directory for the database files, or `memory://` for a database that lives in memory only. */
  dataDir: string;
}

/**
 * Opens an embedded PostgreSQL (PGlite): the same SQL as the server, in this process.
 * One process at a time may open a directory. The caller closes it with `close()`.
 */
export async function openPglite(options: PgliteOptions): Promise<Sql> {
  const { dataDir } = options;
  try {
    if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
    const db = await PGlite.create(dataDir);
    return pgliteSql(db);
  } catch (error) {
    throw new AtlasError('config', `Opening the embedded database in ${dataDir}: ${String(error)}`, {
      cause: error,
      hint: 'Check that ATLAS_DATA_DIR is writable and that no other ATLAS process uses it, or set DATABASE_URL.',
    });
  }
}

function queries(db: PGlite | Transaction): SqlQuery {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
  };
}

function pgliteSql(db: PGlite): Sql {
  return {
    kind: 'pglite',
    ...queries(db),
    transaction: <T>(fn: (tx: SqlQuery) => Promise<T>) => db.transaction((tx) => fn(queries(tx))),
    close: () => db.close(),
  };
}
