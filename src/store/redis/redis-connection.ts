import { Redis } from 'ioredis';

/** A Redis client and whether the store that holds it also closes it. */
export interface RedisConnection {
  readonly client: Redis;
  /** True when the store made the client from a URL: then its `close()` quits the client. */
  readonly owned: boolean;
}

/**
 * Accepts a client (shared; the caller keeps ownership and closes it) or a URL (the store connects
 * and owns the connection).
 */
export function redisConnection(redis: Redis | string): RedisConnection {
  if (typeof redis !== 'string') return { client: redis, owned: false };
  return { client: new Redis(redis, { maxRetriesPerRequest: 3 }), owned: true };
}

export async function closeConnection(connection: RedisConnection): Promise<void> {
  if (!connection.owned || connection.client.status === 'end') return;
  await connection.client.quit();
}

export const DEFAULT_PREFIX = 'atlas:';

export interface RedisStoreOptions {
  /** Every key begins with it; default `atlas:`. Lets several ATLAS installs share one Redis. */
  prefix?: string;
}
