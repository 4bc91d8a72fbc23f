import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../../src/domain/events.ts';
import { RedisEventBus } from '../../../src/store/redis/redis-event-bus.ts';
import { disposeRedis, newRedis, REDIS_URL, uniquePrefix } from '../../support/services.ts';
import { newThread } from './fixtures.ts';
import { recordingLogger } from './recording-logger.ts';

function event(message: string): AtlasEvent {
  return {
    id: randomUUID(),
    requestId: 'R-7F3K',
    thread: newThread(),
    at: new Date().toISOString(),
    type: 'progress',
    message,
  };
}

/** Waits until `check` passes or a second has gone by. */
async function eventually(check: () => void): Promise<void> {
  const deadline = Date.now() + 1_000;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(10);
    }
  }
}

describe('RedisEventBus', () => {
  const prefix = uniquePrefix();
  const logger = recordingLogger();
  let redis: Redis;
  let bot1: RedisEventBus;
  let bot2: RedisEventBus;
  let worker: RedisEventBus;

  beforeAll(() => {
    redis = newRedis();
    bot1 = new RedisEventBus(redis, { prefix, logger });
    bot2 = new RedisEventBus(REDIS_URL, { prefix, logger });
    worker = new RedisEventBus(redis, { prefix, logger });
  });

  afterAll(async () => {
    await Promise.all([bot1.close(), bot2.close(), worker.close()]);
    await disposeRedis(redis, prefix);
  });

  it('delivers every event to every subscriber, in order', async () => {
    const seen1: string[] = [];
    const seen2: string[] = [];
    const stop1 = await bot1.subscribe(async (e) => void seen1.push(e.message));
    const stop2 = await bot2.subscribe(async (e) => void seen2.push(e.message));

    for (const message of ['cloning', 'starting', 'done']) await worker.publish(event(message));

    await eventually(() => expect(seen1).toEqual(['cloning', 'starting', 'done']));
    await eventually(() => expect(seen2).toEqual(['cloning', 'starting', 'done']));
    await Promise.all([stop1(), stop2()]);
  });

  it('drops and logs a message that is not a valid event', async () => {
    const seen: AtlasEvent[] = [];
    const stop = await bot1.subscribe(async (e) => void seen.push(e));
    const valid = event('valid');

    await redis.publish(`${prefix}events`, 'not json');
    await redis.publish(`${prefix}events`, JSON.stringify({ ...valid, requestId: 'nope' }));
    await worker.publish(valid);

    await eventually(() => expect(seen).toEqual([valid]));
    expect(logger.lines.filter((line) => line.message.startsWith('dropped'))).toHaveLength(2);
    await stop();
  });

  it('stops delivering to a handler that unsubscribed, and keeps the others', async () => {
    const stopped: string[] = [];
    const kept: string[] = [];
    const stop = await bot1.subscribe(async (e) => void stopped.push(e.message));
    const keep = await bot1.subscribe(async (e) => void kept.push(e.message));

    await stop();
    await worker.publish(event('after'));

    await eventually(() => expect(kept).toEqual(['after']));
    expect(stopped).toEqual([]);
    await keep();
  });

  it('keeps delivering after a handler throws, and logs the failure', async () => {
    const seen: string[] = [];
    const stop = await bot2.subscribe(async (e) => {
      if (e.message === 'boom') throw new Error('renderer failed');
      seen.push(e.message);
    });

    await worker.publish(event('boom'));
    await worker.publish(event('next'));

    await eventually(() => expect(seen).toEqual(['next']));
    expect(logger.lines.some((line) => line.message === 'event handler failed')).toBe(true);
    await stop();
  });

  it('refuses to publish an invalid event', async () => {
    await expect(worker.publish({ ...event('x'), requestId: 'bad' })).rejects.toThrow();
  });
});
