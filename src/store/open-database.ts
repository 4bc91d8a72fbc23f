import { join } from 'node:path';
import type { Logger } from '../ports/logger.ts';
import { migrate } from './migrate.ts';
import { DEFAULT_POOL_SIZE, openPostgres } from './sql/open-postgres.ts';
import type { Sql } from './sql/sql.ts';

export interface DatabaseOptions {
  /** DATABASE_URL; when absent ATLAS uses an embedded PostgreSQL (PGlite) under `dataDir`. */
  url?: string;
  /** ATLAS_DATA_DIR; the embedded database lives in its `pglite/` folder. `memory://` keeps it in memory. */
  dataDir: string;
  /** A PostgreSQL schema for ATLAS's tables (server only). */
  schema?: string;
  logger?: Logger;
}

/**
 * Opens the durable record (PostgreSQL when a URL is given, PGlite otherwise) and brings its schema
 * up to date. The PostgreSQL pool is opened warm (every connection made before the first message).
 * The caller owns the returned `Sql` and closes it.
 */
export async function openDatabase(options: DatabaseOptions): Promise<{ sql: Sql; applied: string[] }> {
  const sql =
    options.url === undefined
      ? await openEmbedded(embeddedDir(options.dataDir))
      : await openPostgres({
          url: options.url,
          warm: DEFAULT_POOL_SIZE,
          ...(options.schema === undefined ? {} : { schema: options.schema }),
          ...(options.logger === undefined ? {} : { logger: options.logger }),
        });
  try {
    const applied = await migrate(sql);
    if (applied.length > 0) options.logger?.info({ applied, database: sql.kind }, 'database schema updated');
    return { sql, applied };
  } catch (error) {
    await sql.close();
    throw error;
  }
}

/** PGlite is loaded only when it is used: a process with a DATABASE_URL never pays for it. */
async function openEmbedded(dataDir: string): Promise<Sql> {
  const { openPglite } = await import('./sql/open-pglite.ts');
  return openPglite({ dataDir });
}

function embeddedDir(dataDir: string): string {
  return dataDir.startsWith('memory://') ? dataDir : join(dataDir, 'pglite');
}
