import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProxmoxError } from '../../../src/proxmox/proxmox-error.ts';
import { createRequest, FAST, planFor, recorder, startWorld, type World } from './world.ts';

const clonePosts = (world: World) =>
  world.sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/clone'));

describe('ApiEngine when Proxmox fails', () => {
  let world: World;

  beforeEach(async () => {
    world = await startWorld();
  });

  afterEach(async () => {
    expect(world.contractViolations()).toEqual([]);
    await world.close();
  });

  it('retries a clone that hit a lock timeout on the template, and succeeds', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'web-01' }]));
    world.sim.faults.lockTimeout({ vmid: 9000, times: 2 });
    const progress = recorder();

    const results = await world.engine.apply(plan, progress.report);

    expect(results[0]?.ip).toBeDefined();
    expect(clonePosts(world)).toHaveLength(3);
    expect(progress.messages.filter((m) => m.includes('locked by another task'))).toHaveLength(2);
  });

  it('gives up on lock timeouts after the configured number of tries', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'web-01' }]));
    world.sim.faults.lockTimeout({ vmid: 9000, times: 50 });

    const error = await world.engine.apply(plan, recorder().report).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProxmoxError);
    expect((error as ProxmoxError).code).toBe('transient');
    expect(clonePosts(world)).toHaveLength(5);
  });

  it('surfaces the PVE message of a failed clone task', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'web-01' }]));
    const message = "clone failed: can't allocate space in storage 'local-lvm'";
    world.sim.faults.failTask({ type: 'qmclone', message });

    const error = await world.engine.apply(plan, recorder().report).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProxmoxError);
    expect((error as ProxmoxError).message).toMatch(
      /^Cloning web-01 from ubuntu-24.04 on pve\d \(vmid \d+\): Proxmox task qmclone of 9000 on pve1 failed: /,
    );
    expect((error as ProxmoxError).message).toContain(message);
    expect((error as ProxmoxError).pveMessage).toBe(message);
  });

  it('does not retry a clone POST that got a 500', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'web-01' }]));
    world.sim.faults.fail({
      method: 'POST',
      path: /\/clone$/,
      status: 500,
      message: 'internal error: connection to storage lost',
    });

    const error = await world.engine.apply(plan, recorder().report).catch((e: unknown) => e);

    expect(error).toMatchObject({
      status: 500,
      pveMessage: 'internal error: connection to storage lost',
      code: 'proxmox',
    });
    expect(clonePosts(world)).toHaveLength(1);
    expect(world.sim.state.vmByName('web-01')).toBeUndefined();
  });

  it('does not retry a clone POST that met a proxy error either', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'web-01' }]));
    world.sim.faults.fail({ method: 'POST', path: /\/clone$/, status: 503, message: 'Service Unavailable' });

    const error = await world.engine.apply(plan, recorder().report).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 503, code: 'transient' });
    expect(clonePosts(world)).toHaveLength(1);
  });

  it('refuses to touch a planned VMID that another VM took meanwhile', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'web-01' }]));
    const vmid = plan.actions[0]?.kind === 'create-vm' ? plan.actions[0].vm.vmid : 0;
    world.sim.state.addVm({ vmid, node: 'pve2', name: 'someone-else' });

    const error = await world.engine.apply(plan, recorder().report).catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: 'conflict',
      hint: expect.stringContaining('Plan the request again'),
    });
    expect((error as Error).message).toContain(
      `VMID ${vmid}, planned for web-01, is now taken by someone-else`,
    );
    expect(clonePosts(world)).toHaveLength(0);
  });

  it('retries reads that met a proxy error', async () => {
    world.sim.faults.fail({
      method: 'GET',
      path: '/nodes',
      status: 503,
      message: 'Service Unavailable',
      times: 2,
    });

    const nodes = await world.engine.inventory.nodes();

    expect(nodes.map((n) => n.name)).toEqual(['pve1', 'pve2', 'pve3']);
  });

  it('returns the running VM without an IP when the guest agent stays silent, and says why', async () => {
    const quiet = await startWorld({ agentIpDelayMs: 60_000 }, { timing: { ...FAST, ipTimeoutMs: 60 } });
    const plan = await planFor(quiet.engine, createRequest([{ name: 'mute-01' }]));
    const progress = recorder();

    const results = await quiet.engine.apply(plan, progress.report);
    await quiet.close();

    expect(results).toEqual([{ name: 'mute-01', vmid: expect.any(Number), node: 'pve3' }]);
    expect(progress.messages).toContain(
      'mute-01 runs, but its guest agent reported no IP within 60 ms; check that qemu-guest-agent is installed in ubuntu-24.04',
    );
  });
});
