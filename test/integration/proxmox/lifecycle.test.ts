import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRequest, planFor, recorder, request, startWorld, type World } from './world.ts';

describe('destroy and power against the simulator', () => {
  let world: World;

  beforeEach(async () => {
    world = await startWorld();
    world.sim.state.addVm({ vmid: 120, node: 'pve2', name: 'old-01', status: 'running', tags: ['atlas'] });
  });

  afterEach(async () => {
    expect(world.contractViolations()).toEqual([]);
    await world.close();
  });

  it('destroys a running VM: stop, then delete with purge', async () => {
    const req = request('R-D3ST', { kind: 'destroy', vm: { name: 'old-01', vmid: 120, node: 'pve2' } });
    const plan = await planFor(world.engine, req);
    const progress = recorder();

    await world.engine.apply(plan, progress.report);

    expect(plan.actions).toEqual([{ kind: 'destroy-vm', vm: { name: 'old-01', vmid: 120, node: 'pve2' } }]);
    expect(world.sim.state.vm(120)).toBeUndefined();
    const deletes = world.sim.requests.filter((r) => r.method === 'DELETE');
    expect(deletes).toEqual([
      expect.objectContaining({
        path: '/nodes/pve2/qemu/120',
        params: expect.objectContaining({ purge: '1' }),
      }),
    ]);
    expect(progress.messages).toEqual([
      'stopping old-01 on pve2',
      'destroying old-01 (vmid 120) on pve2',
      'old-01 is destroyed',
    ]);
  });

  it('destroying twice is fine: the second time it is already gone', async () => {
    const plan = await planFor(
      world.engine,
      request('R-D3ST', { kind: 'destroy', vm: { name: 'old-01', vmid: 120, node: 'pve2' } }),
    );
    await world.engine.apply(plan, recorder().report);
    const again = recorder();

    await world.engine.apply(plan, again.report);

    expect(again.messages).toEqual(['old-01 (vmid 120) is already gone']);
  });

  it('will not destroy a VM whose VMID now has another name', async () => {
    const req = request('R-D3ST', { kind: 'destroy', vm: { name: 'other-01', vmid: 120, node: 'pve2' } });

    await expect(world.engine.plan(req)).rejects.toMatchObject({
      code: 'conflict',
      message: 'VMID 120 is now old-01 on pve2, not other-01.',
    });
  });

  it('stops, starts and reboots, and does nothing when the VM is already there', async () => {
    const ref = { name: 'old-01', vmid: 120, node: 'pve2' };

    await world.engine.power(ref, 'reboot');
    await world.engine.power(ref, 'stop');
    const afterStop = world.sim.state.vm(120)?.status;
    await world.engine.power(ref, 'stop');
    await world.engine.power(ref, 'start');

    expect(afterStop).toBe('stopped');
    expect(world.sim.state.vm(120)?.status).toBe('running');
    const posts = world.sim.requests.filter((r) => r.method === 'POST').map((r) => r.path);
    expect(posts).toEqual([
      '/nodes/pve2/qemu/120/status/reboot',
      '/nodes/pve2/qemu/120/status/stop',
      '/nodes/pve2/qemu/120/status/start',
    ]);
  });

  it('will not reboot a stopped VM, and says what to do', async () => {
    const ref = { name: 'old-01', vmid: 120, node: 'pve2' };
    await world.engine.power(ref, 'stop');

    await expect(world.engine.power(ref, 'reboot')).rejects.toMatchObject({
      code: 'invalid_state',
      hint: 'Start it with /atlas vm start old-01.',
    });
  });

  it('creates and then destroys, leaving nothing behind', async () => {
    const created = await world.engine.apply(
      await planFor(world.engine, createRequest([{ name: 'tmp-01' }])),
      recorder().report,
    );
    const ref = { name: 'tmp-01', vmid: created[0]?.vmid ?? 0, node: created[0]?.node ?? '' };

    await world.engine.apply(
      await planFor(world.engine, request('R-TMP1', { kind: 'destroy', vm: ref })),
      recorder().report,
    );

    expect(world.sim.state.vmByName('tmp-01')).toBeUndefined();
  });
});
