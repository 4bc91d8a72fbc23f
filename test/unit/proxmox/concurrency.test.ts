import { describe, expect, it } from 'vitest';
import { KeyedMutex, settleWithLimit } from '../../../src/proxmox/concurrency.ts';
import { parseUpid } from '../../../src/proxmox/upid.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('KeyedMutex', () => {
  it('runs tasks with one key one at a time, and other keys alongside', async () => {
    const mutex = new KeyedMutex();
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
    };

    await Promise.all([mutex.run('a', task), mutex.run('a', task), mutex.run('a', task)]);
    const sameKey = most;
    most = 0;
    await Promise.all([mutex.run('a', task), mutex.run('b', task)]);

    expect(sameKey).toBe(1);
    expect(most).toBe(2);
  });

  it('keeps going after a task fails', async () => {
    const mutex = new KeyedMutex();

    const failed = mutex.run('a', async () => Promise.reject(new Error('boom')));
    const next = mutex.run('a', async () => 'ran');

    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });
});

describe('settleWithLimit', () => {
  it('keeps input order and runs at most `limit` at once', async () => {
    let running = 0;
    let most = 0;

    const results = await settleWithLimit([1, 2, 3, 4, 5], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
      if (n === 3) throw new Error('three');
      return n * 10;
    });

    expect(most).toBe(2);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'))).toEqual([
      10,
      20,
      'failed',
      40,
      50,
    ]);
  });
});

describe('parseUpid', () => {
  it('reads node, type and id', () => {
    expect(parseUpid('UPID:pve2:0000ABCD:0012F3A4:66A0B1C2:qmclone:9000:atlas@pve!bot:')).toEqual({
      node: 'pve2',
      type: 'qmclone',
      id: '9000',
    });
    expect(parseUpid('not a upid')).toBeUndefined();
  });
});
