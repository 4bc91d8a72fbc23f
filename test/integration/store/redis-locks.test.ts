import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLocks } from '../../../src/store/redis/redis-locks.ts';
import { disposeRedis, newRedis, REDIS_URL, uniquePrefix } from '../../support/services.ts';

describe('RedisLocks', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let locks: RedisLocks;
  let other: RedisLocks;

  beforeAll(() => {
    redis = newRedis();
    locks = new RedisLocks(redis, { prefix });
    other = new RedisLocks(REDIS_URL, { prefix });
  });

  afterAll(async () => {
    await other.close();
    await disposeRedis(redis, prefix);
  });

  it('lets one holder in at a time, and the waiters in turn', async () => {
    let inside = 0;
    let most = 0;
    let done = 0;
    const worker = async (from: RedisLocks) => {
      const lease = await from.acquire('target:pve1', { ttlMs: 5_000, waitMs: 5_000 });
      if (lease === undefined) return;
      inside += 1;
      most = Math.max(most, inside);
      await sleep(20);
      inside -= 1;
      done += 1;
      await lease.release();
    };

    await Promise.all(Array.from({ length: 6 }, (_, i) => worker(i % 2 === 0 ? locks : other)));

    expect(most).toBe(1);
    expect(done).toBe(6);
  });

  it('gives up after waitMs while the lock stays taken', async () => {
    const held = await locks.acquire('target:pve2', { ttlMs: 5_000, waitMs: 0 });
    const started = Date.now();

    const denied = await other.acquire('target:pve2', { ttlMs: 5_000, waitMs: 150 });

    expect(held).toBeDefined();
    expect(denied).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(1_000);
    await held?.release();
  });

  it('frees the lock of a holder that crashed once the TTL runs out', async () => {
    const crashed = await locks.acquire('target:pve3', { ttlMs: 100, waitMs: 0 });

    const next = await other.acquire('target:pve3', { ttlMs: 5_000, waitMs: 2_000 });

    expect(crashed).toBeDefined();
    expect(next).toBeDefined();
    await next?.release();
  });

  it('does nothing when a holder whose lock expired releases it', async () => {
    const expired = await locks.acquire('target:pve4', { ttlMs: 50, waitMs: 0 });
    await sleep(80);
    const current = await other.acquire('target:pve4', { ttlMs: 5_000, waitMs: 0 });

    await expired?.release();

    expect(current).toBeDefined();
    expect(await locks.acquire('target:pve4', { ttlMs: 5_000, waitMs: 0 })).toBeUndefined();
    await current?.release();
    expect(await locks.acquire('target:pve4', { ttlMs: 5_000, waitMs: 0 })).toBeDefined();
  });
});
