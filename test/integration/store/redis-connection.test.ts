import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisConnection } from '../../../src/store/redis/redis-connection.ts';
import { disposeRedis, newRedis, REDIS_URL, uniquePrefix } from '../../support/services.ts';

describe('RedisConnection', () => {
  const prefix = uniquePrefix();
  let redis: Redis;

  beforeAll(() => {
    redis = newRedis();
  });

  afterAll(async () => {
    await disposeRedis(redis, prefix);
  });

  it('names keys under the prefix, `atlas:` when none is given', () => {
    const given = new RedisConnection(redis, { prefix });
    const fallback = new RedisConnection(redis);

    expect(given.key('claim:x')).toBe(`${prefix}claim:x`);
    expect(fallback.key('claim:x')).toBe('atlas:claim:x');
  });

  it('uses a passed client and leaves it open on close', async () => {
    const connection = new RedisConnection(redis, { prefix });

    await connection.close();

    expect(connection.client).toBe(redis);
    expect(await redis.ping()).toBe('PONG');
  });

  it('connects from a URL and quits that client on close', async () => {
    const connection = new RedisConnection(REDIS_URL, { prefix });
    await connection.client.set(connection.key('owned'), '1', 'PX', 10_000);

    await connection.close();

    expect(connection.client).not.toBe(redis);
    expect(await redis.get(`${prefix}owned`)).toBe('1');
    await expect(connection.client.ping()).rejects.toThrow('Connection is closed');
  });
});
