import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { migrate } from '../../src/store/migrate.ts';
import { openPglite } from '../../src/store/sql/open-pglite.ts';
import { openPostgres } from '../../src/store/sql/open-postgres.ts';
import type { Sql } from '../../src/store/sql/sql.ts';

export const DATABASE_URL = process.env.ATLAS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.ATLAS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function uniqueSchema(): string {
  return `atlas_test_${randomUUID().replaceAll('-', '')}`;
}

export function uniquePrefix(): string {
  return `atlas-test-${randomUUID()}:`;
}

/** A migrated database and how to throw it away afterwards. */
export interface TestDatabase {
  sql: Sql;
  dispose(): Promise<void>;
}

export async function postgresDatabase(): Promise<TestDatabase> {
  const schema = uniqueSchema();
  const sql = await openPostgres({ url: DATABASE_URL, schema });
  await migrate(sql);
  return {
    sql,
    dispose: async () => {
      await sql.exec(`DROP SCHEMA ${schema} CASCADE`);
      await sql.close();
    },
  };
}

export async function pgliteDatabase(): Promise<TestDatabase> {
  const sql = await openPglite({ dataDir: 'memory://' });
  await migrate(sql);
  return { sql, dispose: () => sql.close() };
}

/** Deletes every key under a test prefix, then quits the client. */
export async function disposeRedis(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}

export function newRedis(): Redis {
  return new Redis(REDIS_URL);
}
