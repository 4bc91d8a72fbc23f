import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequest, planFor, recorder, startWorld, type World } from './world.ts';

describe('ProxmoxInventory against the simulator', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
    world.sim.state.addVm({
      vmid: 130,
      node: 'pve2',
      name: 'build-01',
      status: 'stopped',
      tags: ['ci', 'atlas'],
      cores: 4,
      memoryMiB: 4096,
    });
    await world.engine.apply(
      await planFor(world.engine, createRequest([{ name: 'web-01', tags: ['web'] }])),
      recorder().report,
    );
  });

  afterAll(async () => {
    expect(world.contractViolations()).toEqual([]);
    await world.close();
  });

  it('lists the nodes with memory in MiB and load as a fraction', async () => {
    const nodes = await world.engine.inventory.nodes();

    expect(nodes.map((n) => [n.name, n.online, n.cpus, n.memoryMiB])).toEqual([
      ['pve1', true, 16, 65536],
      ['pve2', true, 8, 32768],
      ['pve3', true, 32, 131072],
    ]);
    expect(nodes.every((n) => n.cpuLoad >= 0 && n.cpuLoad <= 1)).toBe(true);
  });

  it('lists the templates by name', async () => {
    expect(await world.engine.inventory.templates()).toEqual([
      { name: 'debian-12', vmid: 9001, node: 'pve1', diskGiB: 10 },
      { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1', diskGiB: 20 },
    ]);
  });

  it('lists the VMs without templates, with their tags', async () => {
    const vms = await world.engine.inventory.vms();

    expect(vms.map((v) => v.name)).toEqual(['build-01', 'web-01']);
    expect(vms[0]).toMatchObject({
      vmid: 130,
      node: 'pve2',
      status: 'stopped',
      tags: ['ci', 'atlas'],
      cores: 4,
      memoryMiB: 4096,
    });
    expect(vms[1]?.tags).toEqual(expect.arrayContaining(['web', 'atlas']));
  });

  it('finds one VM by name with its IP when it runs', async () => {
    const web = await world.engine.inventory.vm('web-01');
    const build = await world.engine.inventory.vm('build-01');

    expect(web).toMatchObject({ name: 'web-01', status: 'running', ip: expect.stringMatching(/^10\./) });
    expect(build?.ip).toBeUndefined();
    expect(await world.engine.inventory.vm('nope')).toBeUndefined();
  });

  it('finds the storage and bridge for new VMs', async () => {
    expect(await world.engine.inventory.storageFor('pve2')).toBe('local-lvm');
    expect(await world.engine.inventory.bridgeFor('pve2')).toBe('vmbr0');
  });
});
