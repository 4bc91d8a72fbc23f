import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LinePlace } from '../../../src/ports/lock-line.ts';
import { RedisLockLine } from '../../../src/store/redis/redis-lock-line.ts';
import { disposeRedis, newRedis, uniquePrefix } from '../../support/services.ts';

describe('RedisLockLine', () => {
  const prefix = uniquePrefix();
  let redis: Redis;
  let line: RedisLockLine;

  beforeAll(() => {
    redis = newRedis();
    line = new RedisLockLine(redis, { prefix, pollMs: 20, aliveMs: 600 });
  });

  afterAll(async () => disposeRedis(redis, prefix));

  it('lets holders in first come, first served, telling each waiter who is ahead and its place', async () => {
    const order: string[] = [];
    const places: Record<string, string[]> = { 'R-BBBB': [], 'R-CCCC': [] };
    const heard = (id: string) => async (p: LinePlace) => {
      places[id]?.push(`${p.holder} ${p.position}`);
    };
    const first = await line.enter(['workspace:a'], 'R-AAAA');
    const second = line.enter(['workspace:a'], 'R-BBBB', { onWait: heard('R-BBBB') }).then((held) => {
      order.push('R-BBBB');
      return held;
    });
    await vi.waitFor(() => expect(places['R-BBBB']).toContain('R-AAAA 1'));
    const third = line.enter(['workspace:a'], 'R-CCCC', { onWait: heard('R-CCCC') }).then((held) => {
      order.push('R-CCCC');
      return held;
    });
    await vi.waitFor(() => expect(places['R-CCCC']).toContain('R-AAAA 2'));

    await first.release();
    const secondHeld = await second;
    // The third waiter polls on its own clock: let it see its new place before the second one leaves.
    await vi.waitFor(() => expect(places['R-CCCC']).toContain('R-BBBB 1'));
    await secondHeld.release();
    await (await third).release();

    expect(order).toEqual(['R-BBBB', 'R-CCCC']);
    expect(places['R-BBBB']).toEqual(['R-AAAA 1']);
    expect(places['R-CCCC']).toEqual(['R-AAAA 2', 'R-BBBB 1']);
  });

  it('frees the locks of a holder whose process died, once its heartbeat runs out', async () => {
    const doomed = newRedis();
    const held = await new RedisLockLine(doomed, { prefix, aliveMs: 600 }).enter(['node:pve1'], 'R-DEAD');
    doomed.disconnect();
    const started = Date.now();

    const next = await line.enter(['node:pve1'], 'R-NEXT');

    expect(Date.now() - started).toBeGreaterThan(300);
    expect(Date.now() - started).toBeLessThan(3_000);
    await next.release();
    await held.release().catch(() => undefined);
  });

  it('never deadlocks holders that want the same keys in another order', async () => {
    const a = await line.enter(['node:pve2', 'workspace:b'], 'R-AAAA');
    const b = line.enter(['workspace:b', 'node:pve2'], 'R-BBBB');
    await sleep(50);

    await a.release();

    await expect(b.then((held) => held.release())).resolves.toBeUndefined();
  });

  it('takes a waiter out of the line when its wait is aborted, and the next moves up', async () => {
    const holder = await line.enter(['workspace:c'], 'R-AAAA');
    const abort = new AbortController();
    let quitterWaits = false;
    const quitter = line.enter(['workspace:c'], 'R-QUIT', {
      signal: abort.signal,
      onWait: async () => {
        quitterWaits = true;
      },
    });
    await vi.waitFor(() => expect(quitterWaits).toBe(true));
    const places: string[] = [];
    const patient = line.enter(['workspace:c'], 'R-WAIT', {
      onWait: async (p) => {
        places.push(`${p.holder} ${p.position}`);
      },
    });
    await vi.waitFor(() => expect(places).toContain('R-AAAA 2'));

    abort.abort(new Error('cancelled'));
    await expect(quitter).rejects.toThrow();
    await vi.waitFor(() => expect(places).toContain('R-AAAA 1'));
    await holder.release();

    await (await patient).release();
    expect(places).toEqual(['R-AAAA 2', 'R-AAAA 1']);
  });
});
