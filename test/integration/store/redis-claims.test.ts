import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisClaims } from '../../../src/store/redis/redis-claims.ts';
import { disposeRedis, newRedis, REDIS_URL, uniquePrefix } from '../../support/services.ts';

describe('RedisClaims', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let claims: RedisClaims;

  beforeAll(() => {
    redis = newRedis();
    claims = new RedisClaims(redis, { prefix });
  });

  afterAll(async () => {
    await disposeRedis(redis, prefix);
  });

  it('gives a key to exactly one of 50 concurrent claimers, across connections', async () => {
    const others = Array.from({ length: 4 }, () => new RedisClaims(REDIS_URL, { prefix }));
    const all = [claims, ...others];

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => all[i % all.length]!.claim('event:Ev1', 10_000)),
    );

    expect(results.filter(Boolean)).toHaveLength(1);
    await Promise.all(others.map((other) => other.close()));
  });

  it('stores the claim under the prefix with the TTL asked for', async () => {
    await claims.claim('event:Ev2', 5_000);

    const ttl = await redis.pttl(`${prefix}claim:event:Ev2`);

    expect(ttl).toBeGreaterThan(4_000);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });

  it('can be claimed again after release or expiry', async () => {
    await claims.claim('vmid:101', 10_000);
    await claims.claim('vmid:102', 50);

    await claims.release('vmid:101');
    await new Promise((resolve) => setTimeout(resolve, 80));

    expect(await claims.claim('vmid:101', 10_000)).toBe(true);
    expect(await claims.claim('vmid:102', 10_000)).toBe(true);
    expect(await claims.claim('vmid:102', 10_000)).toBe(false);
  });

  it('leaves a shared client open on close', async () => {
    const shared = new RedisClaims(redis, { prefix });

    await shared.close();

    expect(await redis.ping()).toBe('PONG');
  });
});
