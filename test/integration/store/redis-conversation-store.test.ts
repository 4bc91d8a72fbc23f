import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisConversationStore } from '../../../src/store/redis/redis-conversation-store.ts';
import { disposeRedis, newRedis, uniquePrefix } from '../../support/services.ts';
import { ManualClock, newThread } from './fixtures.ts';

describe('RedisConversationStore', () => {
  const prefix = uniquePrefix();
  const clock = new ManualClock();
  let redis: Redis;
  let store: RedisConversationStore;

  beforeAll(() => {
    redis = newRedis();
    store = new RedisConversationStore(redis, { prefix, ttlMs: 60_000, clock });
  });

  afterAll(async () => {
    await disposeRedis(redis, prefix);
  });

  it('knows nothing of a new thread', async () => {
    expect(await store.get(newThread())).toBeUndefined();
  });

  it('remembers requests newest first, each once, and when it last changed', async () => {
    const thread = newThread();

    await store.addRequest(thread, 'R-0001');
    await store.addRequest(thread, 'R-0002');
    clock.advance(1000);
    await store.addRequest(thread, 'R-0001');

    expect(await store.get(thread)).toEqual({
      requestIds: ['R-0001', 'R-0002'],
      updatedAt: clock.now().toISOString(),
    });
  });

  it('remembers the language of a thread, with or without requests, for as long as the thread', async () => {
    const quiet = newThread();
    const busy = newThread();

    await store.setLanguage(quiet, 'it');
    await store.addRequest(busy, 'R-0003');
    await store.setLanguage(busy, 'it');
    await store.setLanguage(busy, 'en');

    expect(await store.get(quiet)).toMatchObject({ requestIds: [], language: 'it' });
    expect(await store.language(quiet)).toBe('it');
    expect(await store.language(newThread())).toBeUndefined();
    expect(await store.get(busy)).toMatchObject({ requestIds: ['R-0003'], language: 'en' });
    const ttl = await redis.pttl(
      `${prefix}thread:${quiet.platform}:${quiet.channel}:${quiet.thread}:language`,
    );
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('keeps only the last 20 request ids', async () => {
    const thread = newThread();

    for (let i = 0; i < 25; i += 1) await store.addRequest(thread, `R-${String(i).padStart(4, '0')}`);

    const ids = (await store.get(thread))?.requestIds ?? [];
    expect(ids).toHaveLength(20);
    expect(ids[0]).toBe('R-0024');
    expect(ids.at(-1)).toBe('R-0005');
  });

  it('sets the TTL on every key of the thread', async () => {
    const thread = newThread();

    await store.addRequest(thread, 'R-0003');

    const keys = await redis.keys(`${prefix}thread:slack:${thread.channel}:*`);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(55_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    }
  });

  it('keeps threads apart', async () => {
    const one = newThread();
    const two = { ...one, thread: `${one.thread}9` };

    await store.addRequest(one, 'R-0004');

    expect(await store.get(two)).toBeUndefined();
  });
});
