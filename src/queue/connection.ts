import type { ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/** Where Redis is: a URL (`redis://:password@host:6379/0`) or ioredis options. */
export type RedisConnection = { url: string } | RedisOptions;

/**
 * Options for a BullMQ worker, which opens its own connections (one of them blocking). BullMQ
 * accepts `url` next to the ioredis options and sets `maxRetriesPerRequest: null` itself. (BullMQ's
 * own copy of the ioredis option types lags behind ioredis on `retryStrategy`, hence the cast.)
 */
export function workerConnection(connection: RedisConnection): ConnectionOptions {
  return { ...connection } as ConnectionOptions;
}

/** One ioredis client for the producer side; the queues of every job kind share it. */
export function createRedisClient(connection: RedisConnection): Redis {
  if ('url' in connection && typeof connection.url === 'string') {
    const { url, ...options } = connection as { url: string } & RedisOptions;
    return new Redis(url, options);
  }
  return new Redis(connection as RedisOptions);
}
