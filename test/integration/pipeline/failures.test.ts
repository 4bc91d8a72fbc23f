import { afterEach, describe, expect, it } from 'vitest';
import { PipelineWorld } from '../../support/pipeline-world.ts';

let world: PipelineWorld;
afterEach(async () => world?.close());

describe('when Proxmox says no', () => {
  it('retries a clone that hit a config lock timeout and succeeds', async () => {
    world = await PipelineWorld.start();
    world.sim.faults.lockTimeout({ vmid: 9000, times: 2 });

    const id = await world.create('alice', 'vm create lock-01');
    await world.waitFor(id, 'awaiting_approval');
    await world.say('bob', 'approve');
    await world.waitFor(id, 'succeeded');

    expect(world.sim.state.vms().filter((v) => v.config.name === 'lock-01')).toHaveLength(1);
    const clones = world.sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/clone'));
    expect(clones.length).toBe(3);
  });

  it('ends the request failed with the PVE message in the thread when the clone task fails', async () => {
    world = await PipelineWorld.start();
    world.sim.faults.failTask({ type: 'qmclone', message: 'storage local-lvm is full' });

    const id = await world.create('alice', 'vm create full-01');
    await world.waitFor(id, 'awaiting_approval');
    await world.say('bob', 'approve');
    const failed = await world.waitFor(id, 'failed');

    expect(failed.reason).toContain('storage local-lvm is full');
    const last = world.chat.calls.at(-1)?.view;
    expect(last).toMatchObject({ kind: 'error', title: `${id} failed` });
    expect(last?.text).toContain('storage local-lvm is full');
    expect(last?.context?.[0]).toMatch(/^Fix the cause and ask again/);
  });

  it('does not retry a refused clone POST, so it can never make two VMs', async () => {
    world = await PipelineWorld.start();
    world.sim.faults.fail({
      method: 'POST',
      path: /\/clone$/,
      status: 500,
      message: 'unable to create VM: internal error',
    });

    const id = await world.create('alice', 'vm create once-01');
    await world.waitFor(id, 'awaiting_approval');
    await world.say('bob', 'approve');
    await world.waitFor(id, 'failed');

    const clones = world.sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/clone'));
    expect(clones).toHaveLength(1);
  });
});

describe('many at once', () => {
  it('turns 20 concurrent creates into 20 VMs with 20 distinct VMIDs', async () => {
    world = await PipelineWorld.start({ env: { ATLAS_WORKER_CONCURRENCY: '8' } });
    const names = Array.from({ length: 20 }, (_, i) => `load-${String(i + 1).padStart(2, '0')}`);

    const ids = await Promise.all(
      names.map((name) => world.create('alice', `vm create ${name} --memory 1G`)),
    );
    for (const id of ids) await world.waitFor(id, 'awaiting_approval', 30_000);
    for (const id of ids) await world.say('bob', `approve ${id}`);
    for (const id of ids) await world.waitFor(id, 'succeeded', 60_000);

    const vms = world.sim.state.vms().filter((v) => names.includes(String(v.config.name)));
    expect(vms).toHaveLength(20);
    expect(new Set(vms.map((v) => v.vmid)).size).toBe(20);
    expect(new Set(vms.map((v) => v.config.name)).size).toBe(20);
  }, 120_000);
});
