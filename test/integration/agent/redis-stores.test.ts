import { afterAll, describe, expect, it } from 'vitest';
import { RedisCommandStash } from '../../../src/store/redis/redis-command-stash.ts';
import { RedisThreadMemory } from '../../../src/store/redis/redis-thread-memory.ts';
import { RedisTokenLedger } from '../../../src/store/redis/redis-token-ledger.ts';
import { disposeRedis, newRedis, uniquePrefix } from '../../support/services.ts';

const redis = newRedis();
const prefix = uniquePrefix();
const thread = { platform: 'slack' as const, channel: 'C1', thread: '1700000000.000100' };

afterAll(() => disposeRedis(redis, prefix));

describe('the agent stores on Redis', () => {
  it('keeps a thread memory document with a time-to-live', async () => {
    const memory = new RedisThreadMemory(redis, { prefix, ttlMs: 60_000 });

    await memory.write(thread, { version: 1, messages: ['hello'] });

    expect(await memory.read(thread)).toEqual({ version: 1, messages: ['hello'] });
    expect(await memory.read({ ...thread, thread: 'other' })).toBeUndefined();
    expect(await redis.pttl(`${prefix}agent:slack:C1:1700000000.000100`)).toBeGreaterThan(50_000);
  });

  it('forgets a document nobody can read', async () => {
    const memory = new RedisThreadMemory(redis, { prefix });
    await redis.set(`${prefix}agent:slack:C1:broken`, '{not json');

    expect(await memory.read({ ...thread, thread: 'broken' })).toBeUndefined();
  });

  it('counts tokens per key across callers', async () => {
    const one = new RedisTokenLedger(redis, { prefix });
    const two = new RedisTokenLedger(redis, { prefix });

    await one.add('slack:C1:2026-11-24', 120, 60_000);
    const total = await two.add('slack:C1:2026-11-24', 30, 60_000);

    expect(total).toBe(150);
    expect(await one.used('slack:C1:2026-11-24')).toBe(150);
    expect(await one.used('slack:C2:2026-11-24')).toBe(0);
  });

  it('keeps commands behind short ids that fit a button value', async () => {
    const stash = new RedisCommandStash(redis, { prefix });

    const id = await stash.save('/atlas vm create web-01 --cores 4');

    expect(id).toMatch(/^[0-9a-z]{12}$/);
    expect(await stash.load(id)).toBe('/atlas vm create web-01 --cores 4');
    expect(await stash.load('zzzzzzzzzzzz')).toBeUndefined();
    expect(await stash.load('../../etc')).toBeUndefined();
  });
});
