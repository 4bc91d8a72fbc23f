import pg from 'pg';
import { AtlasError } from '../../domain/errors.ts';
import type { Logger } from '../../ports/logger.ts';
import type { Sql, SqlQuery } from './sql.ts';
import { sqlState } from './sql-errors.ts';

export interface PostgresOptions {
  /** A `postgres://` connection URL (DATABASE_URL). */
  url: string;
  /** Keep ATLAS's tables in this schema: created when missing, set as `search_path` on every connection. */
  schema?: string;
  /** Pool size; default 10 (ATLAS keeps its statements short; a burst queues in the pool, not in the server). */
  max?: number;
  /**
   * Connections opened before the pool is handed out, and kept open while idle, so that a serving
   * process's first burst of messages does not wait for connections to be made. Default 0: one-off
   * tools (doctor, migrations, tests) open connections only as they need them.
   */
  warm?: number;
  /** Where errors of idle pooled connections are reported. */
  logger?: Logger;
}

/** The pool size of a serving process. */
export const DEFAULT_POOL_SIZE = 10;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens a connection pool and checks that the server answers. The caller closes it with `close()`. */
export async function openPostgres(options: PostgresOptions): Promise<Sql> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new AtlasError('config', `The database schema name "${schema}" is not allowed.`, {
      hint: 'Use lower-case letters, digits and underscores, starting with a letter (at most 63).',
    });
  }
  const max = Math.max(1, options.max ?? DEFAULT_POOL_SIZE);
  const warm = Math.min(max, Math.max(0, options.warm ?? 0));
  const pool = new pg.Pool({
    connectionString: options.url,
    max,
    min: warm,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  pool.on('error', (error) =>
    options.logger?.warn({ err: error.message }, 'idle PostgreSQL connection failed'),
  );
  try {
    await ensureSchema(pool, schema);
  } catch (error) {
    await pool.end();
    throw connectError(options.url, error);
  }
  await warmUp(pool, warm, options.logger);
  return postgresSql(pool);
}

/**
 * Opens `count` connections at once and returns them to the pool. A failure here is not fatal: the
 * server answered a moment ago, and the pool opens connections on demand anyway.
 */
async function warmUp(pool: pg.Pool, count: number, logger: Logger | undefined): Promise<void> {
  const opened = await Promise.allSettled(Array.from({ length: count }, () => pool.connect()));
  for (const result of opened) if (result.status === 'fulfilled') result.value.release();
  const failed = opened.find((result) => result.status === 'rejected');
  if (failed)
    logger?.warn({ err: String(failed.reason) }, 'could not open every PostgreSQL connection ahead');
}

/** Checks first, so a user without CREATE on the database can use a schema prepared for it. */
async function ensureSchema(pool: pg.Pool, schema: string | undefined): Promise<void> {
  if (schema === undefined) {
    await pool.query('SELECT 1');
    return;
  }
  const found = await pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (found.rowCount !== 0) return;
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((error: unknown) => {
    if (!isConcurrentSchemaCreate(error)) throw error;
  });
}

/** Two processes creating the same schema at once: one of them sees a duplicate, which is fine. */
function isConcurrentSchemaCreate(error: unknown): boolean {
  const code = sqlState(error);
  return code === '23505' || code === '42P06';
}

function connectError(url: string, error: unknown): AtlasError {
  return new AtlasError('config', `Connecting to PostgreSQL at ${describeUrl(url)}: ${errorText(error)}`, {
    cause: error,
    hint: 'Check DATABASE_URL (host, port, user, database), that the server accepts connections, and that the user may use (or create) the schema.',
  });
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error ? String(error.code) : undefined;
  return error.message || code || error.name;
}

/** Host, port and database of a URL, never its password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

function queries(client: pg.Pool | pg.PoolClient): SqlQuery {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query(text, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}

function postgresSql(pool: pg.Pool): Sql {
  return {
    kind: 'postgres',
    ...queries(pool),
    async transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn(queries(client));
        await client.query('COMMIT');
        client.release();
        return value;
      } catch (error) {
        await client.query('ROLLBACK').then(
          () => client.release(),
          (rollbackError: Error) => client.release(rollbackError),
        );
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
