import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan.ts';
import { ApiEngine } from '../../../src/proxmox/api-engine.ts';
import { FakeClaims } from '../../unit/proxmox/fake-claims.ts';
import { createRequest, FAST, planFor, recorder, startWorld, type World } from './world.ts';

describe('ApiEngine plan', () => {
  let world: World;

  beforeEach(async () => {
    world = await startWorld();
  });

  afterEach(async () => {
    expect(world.contractViolations()).toEqual([]);
    await world.close();
  });

  it('plans the same request the same way twice', async () => {
    const req = createRequest([{ name: 'a-01' }, { name: 'a-02', template: 'debian-12' }]);

    const first = await world.engine.plan(req);
    const second = await world.engine.plan(req);
    const fresh = await new ApiEngine({ api: world.client.api, claims: new FakeClaims(), timing: FAST }).plan(
      req,
    );

    expect(second).toEqual(first);
    expect(fresh).toEqual(first);
  });

  it('lets go of the VMIDs of a plan that will not be applied, so the next plan gets them', async () => {
    const vmidOf = (plan: Plan) => (plan.actions[0]?.kind === 'create-vm' ? plan.actions[0].vm.vmid : 0);
    const rejected = await planFor(world.engine, createRequest([{ name: 'r-01' }]));
    const before = await planFor(world.engine, createRequest([{ name: 'o-01' }]));

    await world.engine.release(rejected);
    const after = await planFor(world.engine, createRequest([{ name: 'o-02' }]));

    expect(vmidOf(before)).not.toBe(vmidOf(rejected));
    expect(vmidOf(after)).toBe(vmidOf(rejected));
  });

  it('gives the VMs of one plan distinct VMIDs and spreads them by free memory', async () => {
    const req = createRequest(
      Array.from({ length: 3 }, (_, i) => ({ name: `big-0${i}`, memoryMiB: 60_000 })),
    );

    const { actions } = await world.engine.plan(req);

    const vms = actions.flatMap((a) => (a.kind === 'create-vm' ? [a.vm] : []));
    expect(new Set(vms.map((v) => v.vmid)).size).toBe(3);
    expect(vms.map((v) => v.node)).toEqual(['pve3', 'pve3', 'pve1']);
  });

  it('places a VM on the node asked for', async () => {
    const { actions } = await world.engine.plan(createRequest([{ name: 'n-01', node: 'pve2' }]));

    expect(actions[0]?.kind === 'create-vm' && actions[0].vm.node).toBe('pve2');
  });

  it('lists the templates there are when the one asked for is unknown', async () => {
    const plan = world.engine.plan(createRequest([{ name: 'x-01', template: 'centos-7' }]));

    await expect(plan).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no template named centos-7. Available: debian-12, ubuntu-24.04.',
    });
  });

  it('says which nodes exist when the node asked for does not', async () => {
    const plan = world.engine.plan(createRequest([{ name: 'x-01', node: 'pve9' }]));

    await expect(plan).rejects.toThrow('There is no node named pve9. Nodes: pve1, pve2, pve3.');
  });

  it('says how much memory each node has free when none has enough', async () => {
    const plan = world.engine.plan(createRequest([{ name: 'huge-01', memoryMiB: 1_000_000 }]));

    await expect(plan).rejects.toMatchObject({
      code: 'conflict',
      message:
        'No online node has 1000000 MiB of memory free for huge-01 (pve1: 62 GiB free, pve2: 30 GiB free, pve3: 126 GiB free).',
    });
  });

  it('will not apply a plan another engine made', async () => {
    const plan = {
      ...(await planFor(world.engine, createRequest([{ name: 'tf-01' }]))),
      engine: 'terraform',
    };

    await expect(world.engine.apply(plan, recorder().report)).rejects.toMatchObject({ code: 'stale_plan' });
    expect(world.sim.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('refuses a name that an existing VM already has', async () => {
    world.sim.state.addVm({ vmid: 150, node: 'pve1', name: 'taken-01' });

    await expect(world.engine.plan(createRequest([{ name: 'taken-01' }]))).rejects.toThrow(
      'A VM named taken-01 already exists (vmid 150 on pve1).',
    );
  });
});
