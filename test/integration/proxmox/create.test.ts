import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRequest, planFor, recorder, startWorld, type World } from './world.ts';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop';

describe('ApiEngine create against the simulator', () => {
  let world: World;

  beforeEach(async () => {
    world = await startWorld();
  });

  afterEach(async () => {
    expect(world.contractViolations()).toEqual([]);
    await world.close();
  });

  it('plans a VM on the node with most free memory and applies it into a running VM with an IP', async () => {
    const req = createRequest([
      { name: 'web-01', cores: 4, memoryMiB: 8192, diskGiB: 40, sshKeys: [KEY], tags: ['web'] },
    ]);
    const plan = await planFor(world.engine, req);
    const progress = recorder();

    const results = await world.engine.apply(plan, progress.report);

    const action = plan.actions[0];
    expect(action?.kind).toBe('create-vm');
    const planned = action?.kind === 'create-vm' ? action.vm : undefined;
    expect(planned).toMatchObject({
      name: 'web-01',
      node: 'pve3',
      template: { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
      storage: 'local-lvm',
      bridge: 'vmbr0',
      ciUser: 'atlas',
      ipConfig: 'ip=dhcp',
    });
    expect(planned?.tags).toEqual(['web', 'atlas', `atlas-${req.id.toLowerCase()}`]);
    expect(results).toEqual([
      {
        name: 'web-01',
        vmid: planned?.vmid,
        node: 'pve3',
        ip: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
      },
    ]);
    const vm = world.sim.state.vm(planned?.vmid ?? 0);
    expect(vm?.status).toBe('running');
    expect(vm?.node).toBe('pve3');
    expect(vm?.config).toMatchObject({ name: 'web-01', cores: 4, ciuser: 'atlas', ipconfig0: 'ip=dhcp' });
    expect(String(vm?.config.memory)).toBe('8192');
    expect(String(vm?.config.scsi0)).toMatch(/size=40G/);
    expect(decodeURIComponent(String(vm?.config.sshkeys))).toBe(KEY);
    expect(String(vm?.config.description)).toContain(req.id);
    expect(progress.messages).toContain(`cloning web-01 from ubuntu-24.04 on pve3 (vmid ${planned?.vmid})`);
  });

  it('applies the same plan twice into one VM, without a second clone', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'db-01' }]));
    const first = await world.engine.apply(plan, recorder().report);
    const clonesBefore = world.sim.requests.filter((r) => r.path.endsWith('/clone')).length;
    const second = recorder();

    const again = await world.engine.apply(plan, second.report);

    expect(again).toEqual(first);
    expect(world.sim.state.vms().filter((vm) => vm.config.name === 'db-01')).toHaveLength(1);
    expect(world.sim.requests.filter((r) => r.path.endsWith('/clone'))).toHaveLength(clonesBefore);
    expect(world.sim.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/config'))).toHaveLength(
      1,
    );
    expect(second.messages[0]).toContain('already exists');
  });

  it('carries on after a crash in the middle of an apply', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'app-01', cores: 3, diskGiB: 30 }]));
    const controller = new AbortController();
    const crashAfterConfigure = async (p: { message: string }) => {
      if (p.message.startsWith('configuring')) controller.abort(new Error('worker crashed'));
    };
    await expect(world.engine.apply(plan, crashAfterConfigure, controller.signal)).rejects.toThrow(
      'worker crashed',
    );
    const statusAtCrash = world.sim.state.vmByName('app-01')?.status;
    const writesBefore = world.sim.requests.filter((r) => r.method !== 'GET').length;

    const results = await world.engine.apply(plan, recorder().report);

    expect(statusAtCrash).toBe('stopped');
    expect(results[0]?.ip).toBeDefined();
    expect(world.sim.state.vms().filter((vm) => vm.config.name === 'app-01')).toHaveLength(1);
    const writesAfter = world.sim.requests.filter((r) => r.method !== 'GET').slice(writesBefore);
    expect(writesAfter.map((r) => `${r.method} ${r.path.replace(/\d+/g, 'N')}`)).toEqual([
      'PUT /nodes/pveN/qemu/N/resize',
      'POST /nodes/pveN/qemu/N/status/start',
    ]);
  });

  it('grows the disk only when the plan asks for more than the template has', async () => {
    const plan = await planFor(
      world.engine,
      createRequest([{ name: 'small-01', template: 'debian-12', diskGiB: 4 }]),
    );

    await world.engine.apply(plan, recorder().report);

    expect(plan.actions[0]?.kind === 'create-vm' && plan.actions[0].vm.diskGiB).toBe(10);
    expect(world.sim.requests.filter((r) => r.path.endsWith('/resize'))).toHaveLength(0);
    expect(String(world.sim.state.vmByName('small-01')?.config.scsi0)).toMatch(/size=10G/);
  });
});
