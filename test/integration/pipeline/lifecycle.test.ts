import { afterEach, describe, expect, it } from 'vitest';
import { checkRequest } from '../../../src/sim/index.ts';
import { PipelineWorld } from '../../support/pipeline-world.ts';

let world: PipelineWorld;
afterEach(async () => world?.close());

async function runningVm(name: string): Promise<void> {
  const id = await world.create('alice', `vm create ${name}`);
  await world.waitFor(id, 'awaiting_approval');
  await world.say('bob', `approve ${id}`);
  await world.waitFor(id, 'succeeded');
}

describe('a VM through its life', () => {
  it('stops, starts, and is destroyed only after approval — every request valid per the PVE contract', async () => {
    world = await PipelineWorld.start();
    await runningVm('life-01');

    const stop = await world.create('alice', 'vm stop life-01');
    await world.waitFor(stop, 'succeeded');
    const stopped = world.sim.state.vmByName('life-01')?.status;
    const start = await world.create('alice', 'vm start life-01');
    await world.waitFor(start, 'succeeded');
    const destroy = await world.create('alice', 'vm destroy life-01');
    await world.waitFor(destroy, 'awaiting_approval');
    const beforeApproval = world.sim.state.vmByName('life-01');
    await world.say('bob', `approve ${destroy}`);
    await world.waitFor(destroy, 'succeeded');

    expect(stopped).toBe('stopped');
    expect(beforeApproval).toBeDefined();
    expect(world.sim.state.vmByName('life-01')).toBeUndefined();
    expect(world.transcript()).toContain(`Plan ${destroy}: destroy life-01`);
    const violations = world.sim.requests.flatMap((r) =>
      checkRequest(r.method, r.path, r.params).map((v) => `${r.method} ${r.path}: ${v}`),
    );
    expect(violations).toEqual([]);
  });

  it('lets only the person who asked for a VM and the approvers stop it', async () => {
    world = await PipelineWorld.start();
    await runningVm('owned-01');

    const [refused] = await world.say('mallory', 'vm stop owned-01');
    const byApprover = await world.create('bob', 'vm reboot owned-01');

    expect(refused).toMatchObject({ title: 'You cannot stop owned-01.', visibility: 'ephemeral' });
    expect(refused?.text).toContain('alice, who asked for it,');
    expect(world.sim.state.vmByName('owned-01')?.status).toBe('running');
    await world.waitFor(byApprover, 'succeeded');
  });

  it('will not touch a VM that ATLAS did not create', async () => {
    world = await PipelineWorld.start();
    world.sim.state.addVm({ vmid: 500, node: 'pve1', name: 'legacy-db', status: 'running' });

    const [reply] = await world.say('alice', 'vm destroy legacy-db');

    expect(reply?.title).toBe('legacy-db (vmid 500) was not created by ATLAS, so ATLAS will not destroy it.');
    expect(world.sim.state.vmByName('legacy-db')).toBeDefined();
  });
});

describe('retries', () => {
  it('retries a transient Proxmox error during planning with backoff', async () => {
    world = await PipelineWorld.start();
    world.sim.faults.fail({
      method: 'GET',
      path: '/cluster/nextid',
      status: 503,
      message: 'proxy: service unavailable',
      times: 3,
    });

    const id = await world.create('alice', 'vm create flaky-01');
    const planned = await world.waitFor(id, 'awaiting_approval', 30_000);

    expect(planned.planHash).toMatch(/^[0-9a-f]{64}$/);
    const jobs = await world.runtime.deps.requests.listJobs(id);
    expect(jobs.some((j) => j.kind === 'plan' && j.status === 'retrying')).toBe(true);
  }, 40_000);

  it('fails at once, without retries, when the template vanished before planning', async () => {
    world = await PipelineWorld.start({ worker: false });
    const id = await world.create('alice', 'vm create gone-01 --template debian-12');
    world.sim.state.removeVm(9001);

    await world.startWorker();
    const failed = await world.waitFor(id, 'failed');

    expect(failed.reason).toMatch(/debian-12/);
    const jobs = await world.runtime.deps.requests.listJobs(id);
    expect(jobs.filter((j) => j.kind === 'plan' && j.status === 'started')).toHaveLength(1);
  });
});
