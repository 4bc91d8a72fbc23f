import { Redis } from 'ioredis';
import type { Logger } from '../../ports/logger.ts';

/** The shared Redis client of one ATLAS process, with connection trouble logged instead of thrown. */
export function createRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: false });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    logger.warn({ err: error }, 'Redis connection trouble; retrying');
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}

/** Deletes every key under a prefix (the demo cleans up after itself). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
