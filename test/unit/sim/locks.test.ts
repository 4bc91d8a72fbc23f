import { describe, expect, it } from 'vitest';
import { SimFaults } from '../../../src/sim/faults.ts';
import { VmLocks } from '../../../src/sim/locks.ts';

describe('VmLocks', () => {
  it('serves waiters in order and times out those that wait too long', async () => {
    const locks = new VmLocks(new SimFaults(), 30);
    const order: string[] = [];
    const release = await locks.acquire(100);

    const second = locks.acquire(100).then((r) => {
      order.push('second');
      return r;
    });
    const third = locks.acquire(100).catch((e: Error) => order.push(e.message));
    setTimeout(release, 10);
    const releaseSecond = await second;
    await third;
    releaseSecond();

    expect(order).toEqual(['second', "can't lock file '/var/lock/qemu-server/lock-100.conf' - got timeout"]);
    expect(locks.isHeld(100)).toBe(false);
  });

  it('times out at once when a test injects a lock timeout, and leaves nothing held', async () => {
    const faults = new SimFaults();
    const locks = new VmLocks(faults, 1_000);
    faults.lockTimeout({ vmid: 101 });

    const error = await locks.acquireAll([100, 101]).catch((e: unknown) => e);

    expect((error as Error).message).toBe(
      "can't lock file '/var/lock/qemu-server/lock-101.conf' - got timeout",
    );
    expect(locks.isHeld(100)).toBe(false);
  });
});
