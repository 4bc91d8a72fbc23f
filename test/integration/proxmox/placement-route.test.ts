import { afterEach, describe, expect, it } from 'vitest';
import { createRequest, planFor, recorder, startWorld, type World } from './world.ts';

const writes = (world: World) =>
  world.sim.requests
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path.replace(/\/\d+\//g, '/N/')}`);

describe('getting a clone onto the planned node', () => {
  let world: World;

  afterEach(async () => {
    expect(world.contractViolations()).toEqual([]);
    await world.close();
  });

  it('clones beside a template on local storage, then migrates the clone to the planned node', async () => {
    world = await startWorld();
    const plan = await planFor(world.engine, createRequest([{ name: 'far-01', node: 'pve2' }]));
    const progress = recorder();

    const [result] = await world.engine.apply(plan, progress.report);

    expect(result?.node).toBe('pve2');
    expect(world.sim.state.vmByName('far-01')?.node).toBe('pve2');
    expect(writes(world).slice(0, 2)).toEqual([
      'POST /nodes/pve1/qemu/N/clone',
      'POST /nodes/pve1/qemu/N/migrate',
    ]);
    const clone = world.sim.requests.find((r) => r.path.endsWith('/clone'));
    expect(clone?.params.target).toBeUndefined();
    expect(progress.messages).toContain('moving far-01 from pve1 to pve2 (storage local-lvm)');
  });

  it('clones straight onto the planned node when the template is on shared storage', async () => {
    world = await startWorld({ sharedStorage: 'ceph' });
    const plan = await planFor(world.engine, createRequest([{ name: 'far-01', node: 'pve2' }]));

    await world.engine.apply(plan, recorder().report);

    expect(world.sim.state.vmByName('far-01')?.node).toBe('pve2');
    expect(writes(world).filter((w) => w.includes('migrate'))).toEqual([]);
    expect(world.sim.requests.find((r) => r.path.endsWith('/clone'))?.params).toMatchObject({
      target: 'pve2',
      storage: 'ceph',
    });
  });

  it('clones in place when the planned node has the template', async () => {
    world = await startWorld();
    const plan = await planFor(world.engine, createRequest([{ name: 'near-01', node: 'pve1' }]));

    await world.engine.apply(plan, recorder().report);

    expect(world.sim.state.vmByName('near-01')?.node).toBe('pve1');
    expect(writes(world).filter((w) => w.includes('migrate'))).toEqual([]);
  });
});
