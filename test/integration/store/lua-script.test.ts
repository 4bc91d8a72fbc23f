import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LuaScript } from '../../../src/store/redis/lua-script.ts';
import { disposeRedis, newRedis, uniquePrefix } from '../../support/services.ts';

describe('LuaScript', () => {
  const prefix = uniquePrefix();
  let redis: Redis;

  beforeAll(() => {
    redis = newRedis();
  });

  afterAll(async () => {
    await disposeRedis(redis, prefix);
  });

  it('runs a script the server has never seen, then runs it by its hash alone', async () => {
    const script = new LuaScript(`-- ${randomUUID()}\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])`);
    const key = `${prefix}counter`;
    const sent: string[] = [];
    const watched = new Proxy(redis, {
      get(target, name, receiver) {
        if (name === 'eval' || name === 'evalsha') sent.push(name);
        return Reflect.get(target, name, receiver);
      },
    });

    const first = await script.run(watched, [key], [2]);
    const second = await script.run(watched, [key], [3]);

    expect([first, second]).toEqual([2, 5]);
    expect(sent).toEqual(['evalsha', 'eval', 'evalsha']);
  });
});
