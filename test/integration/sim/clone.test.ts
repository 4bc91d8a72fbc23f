import { afterEach, describe, expect, it } from 'vitest';
import { type SimOptions, type Simulator, startSimulator } from '../../../src/sim/index.ts';
import { call, data, runTask, waitTask } from './sim-api.ts';

describe('simulator clones', () => {
  let sim: Simulator;

  async function start(options: SimOptions = {}): Promise<Simulator> {
    sim = await startSimulator({ taskMs: 20, ...options });
    return sim;
  }

  afterEach(async () => {
    await sim.close();
  });

  it('clones a template through a task into a VM with the template disk size', async () => {
    await start();

    const upid = (await data(sim, 'POST', '/nodes/pve1/qemu/9000/clone', {
      newid: 101,
      name: 'web-01',
    })) as string;
    const during = sim.state.vm(101)?.config.lock;
    const status = await waitTask(sim, upid);

    expect(upid).toMatch(/^UPID:pve1:[0-9A-F]{8}:[0-9A-F]{8}:[0-9A-F]{8}:qmclone:9000:atlas@pve!atlas:$/);
    expect(during).toBe('clone');
    expect(status).toMatchObject({
      status: 'stopped',
      exitstatus: 'OK',
      type: 'qmclone',
      id: '9000',
      node: 'pve1',
    });
    const config = (await data(sim, 'GET', '/nodes/pve1/qemu/101/config')) as Record<string, unknown>;
    expect(config).toMatchObject({
      name: 'web-01',
      cores: 2,
      memory: '2048',
      scsi0: 'local-lvm:base-9000-disk-0/vm-101-disk-0,iothread=1,size=20G',
    });
    expect(config.lock).toBeUndefined();
    expect(config.template).toBeUndefined();
    expect(config.digest).toMatch(/^[0-9a-f]{40}$/);
  });

  it('makes full clones on their own volume', async () => {
    await start();

    const exit = await runTask(sim, 'POST', '/nodes/pve1/qemu/9001/clone', {
      newid: 102,
      name: 'db-01',
      full: 1,
    });

    expect(exit).toBe('OK');
    expect(sim.state.vm(102)?.config.scsi0).toBe('local-lvm:vm-102-disk-0,iothread=1,size=10G');
  });

  it('refuses a clone to a VMID that exists', async () => {
    await start();

    const answer = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 9001 });

    expect([answer.status, answer.statusText]).toEqual([
      500,
      'unable to create VM 9001: config file already exists',
    ]);
  });

  it('lets only one of two racing clones to the same VMID win', async () => {
    await start();

    const answers = await Promise.all([
      call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 150, name: 'a-01' }),
      call(sim, 'POST', '/nodes/pve1/qemu/9001/clone', { newid: 150, name: 'b-01' }),
    ]);
    const outcomes = await Promise.all(
      answers.map(async (a) =>
        a.status === 200 ? (await waitTask(sim, a.body.data)).exitstatus : a.statusText,
      ),
    );

    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'unable to create VM 150: config file already exists')).toHaveLength(
      1,
    );
    expect(sim.state.vms().filter((vm) => vm.vmid === 150)).toHaveLength(1);
  });

  it('answers a config change during a clone with a lock timeout', async () => {
    await start({ taskMs: 300, lockWaitMs: 50 });
    const upid = (await data(sim, 'POST', '/nodes/pve1/qemu/9000/clone', {
      newid: 103,
      name: 'web-03',
    })) as string;

    const answer = await call(sim, 'PUT', '/nodes/pve1/qemu/103/config', { cores: 4 });

    expect([answer.status, answer.statusText]).toEqual([
      500,
      "can't lock file '/var/lock/qemu-server/lock-103.conf' - got timeout",
    ]);
    expect(answer.body.message).toBe(`${answer.statusText}\n`);
    expect((await waitTask(sim, upid)).exitstatus).toBe('OK');
  });

  it('serialises parallel clones of one template, and times out the ones that wait too long', async () => {
    await start({ taskMs: 40, lockWaitMs: 100 });

    const upids = await Promise.all(
      [201, 202, 203, 204, 205].map(
        async (newid) => (await data(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid })) as string,
      ),
    );
    const exits = await Promise.all(upids.map(async (upid) => (await waitTask(sim, upid)).exitstatus));

    const ok = exits.filter((e) => e === 'OK').length;
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(ok).toBeLessThanOrEqual(3);
    expect(
      exits.filter((e) => e === "can't lock file '/var/lock/qemu-server/lock-9000.conf' - got timeout"),
    ).toHaveLength(5 - ok);
    expect(sim.state.vms().filter((vm) => vm.vmid > 200 && vm.vmid < 300)).toHaveLength(ok);
  });

  it('refuses to clone onto another node when the disks are on local storage', async () => {
    await start();

    const answer = await call(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 104, target: 'pve2' });

    expect([answer.status, answer.statusText]).toEqual([
      500,
      "can't clone VM to node 'pve2' (VM uses local storage)",
    ]);
  });

  it('clones onto another node when the templates are on shared storage', async () => {
    await start({ sharedStorage: 'ceph-vm' });

    const exit = await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', {
      newid: 105,
      name: 'far-01',
      target: 'pve3',
    });

    expect(exit).toBe('OK');
    expect(sim.state.vm(105)).toMatchObject({
      node: 'pve3',
      config: { scsi0: 'ceph-vm:base-9000-disk-0/vm-105-disk-0,iothread=1,size=20G' },
    });
    const storage = (await data(sim, 'GET', '/nodes/pve3/storage', { storage: 'ceph-vm' })) as Record<
      string,
      unknown
    >[];
    expect(storage).toEqual([
      expect.objectContaining({ storage: 'ceph-vm', type: 'rbd', shared: 1, used: 50 * 1024 ** 3 }),
    ]);
  });

  it('gives clones distinct MACs and the requested description', async () => {
    await start();

    await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', {
      newid: 106,
      name: 'a-06',
      description: 'atlas request R-1',
    });
    await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 107, name: 'a-07' });

    const [a, b] = [sim.state.vm(106)?.config, sim.state.vm(107)?.config];
    expect(a?.net0).not.toBe(b?.net0);
    expect(a?.net0).not.toBe(sim.state.vm(9000)?.config.net0);
    expect(a?.description).toBe('atlas request R-1');
    expect(b?.name).toBe('a-07');
  });
});
