import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../src/sim/index.ts';
import { call, data, runTask } from './sim-api.ts';

describe('simulator fault injection', () => {
  let sim: Simulator;

  beforeEach(async () => {
    sim = await startSimulator({ taskMs: 10 });
  });

  afterEach(async () => {
    await sim.close();
  });

  it('fails the next N matching requests, then answers normally', async () => {
    sim.faults.fail({
      method: 'POST',
      path: /\/clone$/,
      status: 500,
      message: 'internal error: storage lost',
      times: 2,
    });

    const first = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });
    const read = await call(sim, 'GET', '/nodes/pve1/qemu/9000/config');
    const second = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });
    const third = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });

    expect([first.status, first.statusText, first.body.message]).toEqual([
      500,
      'internal error: storage lost',
      'internal error: storage lost\n',
    ]);
    expect(read.status).toBe(200);
    expect(second.status).toBe(500);
    expect(third.status).toBe(200);
  });

  it('answers a permission fault like PVE does', async () => {
    sim.faults.fail({
      path: '/nodes/pve1/qemu/9000/clone',
      status: 403,
      message: 'Permission check failed (/vms/101, VM.Allocate)',
    });

    const answer = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });

    expect([answer.status, answer.statusText]).toEqual([
      403,
      'Permission check failed (/vms/101, VM.Allocate)',
    ]);
    expect(answer.contentType).toBe('application/json;charset=UTF-8');
  });

  it('ends the next task of a type with the given error and no effect', async () => {
    sim.faults.failTask({
      type: 'qmclone',
      message: "clone failed: can't allocate space in storage 'local-lvm'",
    });

    const failed = await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });
    const retried = await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });

    expect(failed).toBe("clone failed: can't allocate space in storage 'local-lvm'");
    expect(retried).toBe('OK');
    expect(sim.state.vm(101)?.config.name).toBe('Copy-of-VM-ubuntu-24.04');
  });

  it('times out the next lock attempts on a VM, so a retry succeeds', async () => {
    sim.faults.lockTimeout({ vmid: 9000, times: 1 });

    const timedOut = await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });
    const config = await call(sim, 'PUT', '/nodes/pve1/qemu/9001/config', { cores: 3 });
    const retried = await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 });

    expect(timedOut).toBe("can't lock file '/var/lock/qemu-server/lock-9000.conf' - got timeout");
    expect(sim.state.vm(101)?.config.lock).toBeUndefined();
    expect(config.status).toBe(200);
    expect(retried).toBe('OK');
  });

  it('times out a synchronous config change with a 500', async () => {
    sim.faults.lockTimeout({ vmid: 9001 });

    const answer = await call(sim, 'POST', '/nodes/pve1/qemu/9001/config', { cores: 3 });

    expect([answer.status, answer.statusText]).toEqual([
      500,
      "can't lock file '/var/lock/qemu-server/lock-9001.conf' - got timeout",
    ]);
  });

  it('slows tasks down, and clear() undoes every fault', async () => {
    sim.faults.slowTask(150, { type: 'qmclone' });
    sim.faults.fail({ path: '/version', status: 500, message: 'nope', times: Number.POSITIVE_INFINITY });

    const upid = (await data(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101 })) as string;
    await new Promise((resolve) => setTimeout(resolve, 60));
    const midway = sim.state.task(upid)?.status;
    sim.faults.clear();
    const version = await call(sim, 'GET', '/version');

    expect(midway).toBe('running');
    expect(version.status).toBe(200);
  });
});
