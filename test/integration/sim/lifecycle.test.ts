import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../../src/sim/index.ts';
import { call, data, runTask } from './sim-api.ts';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const agent = '/nodes/pve1/qemu/101/agent/network-get-interfaces';

describe('simulator VM lifecycle', () => {
  let sim: Simulator;

  beforeEach(async () => {
    sim = await startSimulator({ taskMs: 10, agentIpDelayMs: 60 });
    await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 101, name: 'web-01' });
  });

  afterEach(async () => {
    await sim.close();
  });

  it('reports a guest agent IP a while after start, and none after stop', async () => {
    const before = await call(sim, 'GET', agent);
    await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/start');
    const early = await call(sim, 'GET', agent);
    await sleep(80);
    const up = await call(sim, 'GET', agent);
    await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/stop');
    const after = await call(sim, 'GET', agent);

    expect([before.status, before.statusText]).toEqual([500, 'VM 101 is not running']);
    expect([early.status, early.statusText]).toEqual([500, 'QEMU guest agent is not running']);
    const eth0 = up.body.data.result.find((i: { name: string }) => i.name === 'eth0');
    expect(eth0['hardware-address']).toMatch(/^bc:24:11(:[0-9a-f]{2}){3}$/);
    expect(eth0['ip-addresses'][0]).toEqual({
      'ip-address-type': 'ipv4',
      'ip-address': expect.stringMatching(/^10\.0\.\d+\.\d+$/),
      prefix: 24,
    });
    expect(after.statusText).toBe('VM 101 is not running');
  });

  it('gives each VM its own address, and the static one from ipconfig0', async () => {
    await runTask(sim, 'POST', '/nodes/pve1/qemu/9000/clone', { newid: 102, name: 'web-02' });
    await data(sim, 'PUT', '/nodes/pve1/qemu/102/config', { ipconfig0: 'ip=192.168.7.20/24,gw=192.168.7.1' });

    await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/start');
    await runTask(sim, 'POST', '/nodes/pve1/qemu/102/status/start');

    expect(sim.state.vm(101)?.ip).toMatch(/^10\.0\./);
    expect(sim.state.vm(102)?.ip).toBe('192.168.7.20');
  });

  it('changes the config synchronously with PUT and through a task with POST', async () => {
    const put = await data(sim, 'PUT', '/nodes/pve1/qemu/101/config', {
      sshkeys: encodeURIComponent(KEY),
      ciuser: 'atlas',
      tags: 'web,atlas',
      onboot: 1,
    });
    const exit = await runTask(sim, 'POST', '/nodes/pve1/qemu/101/config', {
      cores: 4,
      memory: 8192,
      delete: 'onboot',
    });

    const config = (await data(sim, 'GET', '/nodes/pve1/qemu/101/config')) as Record<string, unknown>;
    expect(put).toBeNull();
    expect(exit).toBe('OK');
    expect(config).toMatchObject({
      cores: 4,
      memory: '8192',
      ciuser: 'atlas',
      tags: 'web;atlas',
      sshkeys: encodeURIComponent(KEY),
    });
    expect(config.onboot).toBeUndefined();
  });

  it('refuses SSH keys that are not URL-encoded, and ones that are not keys', async () => {
    const raw = await call(sim, 'PUT', '/nodes/pve1/qemu/101/config', { sshkeys: KEY });
    const junk = await call(sim, 'PUT', '/nodes/pve1/qemu/101/config', { sshkeys: 'not-a-key' });

    expect(raw.status).toBe(400);
    expect(raw.body.errors.sshkeys).toMatch(/^invalid urlencoded string/);
    expect([junk.status, junk.statusText]).toEqual([500, 'SSH public key validation error']);
  });

  it('grows disks and refuses to shrink them', async () => {
    const grow = await runTask(sim, 'PUT', '/nodes/pve1/qemu/101/resize', { disk: 'scsi0', size: '+10G' });
    const absolute = await runTask(sim, 'PUT', '/nodes/pve1/qemu/101/resize', { disk: 'scsi0', size: '40G' });
    const shrink = await runTask(sim, 'PUT', '/nodes/pve1/qemu/101/resize', { disk: 'scsi0', size: '8G' });
    const badSize = await call(sim, 'PUT', '/nodes/pve1/qemu/101/resize', { disk: 'scsi0', size: 'big' });

    expect([grow, absolute, shrink]).toEqual(['OK', 'OK', 'shrinking disks is not supported']);
    expect(String(sim.state.vm(101)?.config.scsi0)).toMatch(/,size=40G$/);
    expect(badSize.body.errors).toEqual({ size: 'value does not match the regex pattern' });
  });

  it('refuses to destroy a running VM, and destroys a stopped one', async () => {
    await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/start');

    const refused = await call(sim, 'DELETE', '/nodes/pve1/qemu/101', { purge: 1 });
    await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/shutdown');
    const exit = await runTask(sim, 'DELETE', '/nodes/pve1/qemu/101', {
      purge: 1,
      'destroy-unreferenced-disks': 1,
    });

    expect([refused.status, refused.statusText]).toEqual([500, 'VM 101 is running - destroy failed']);
    expect(exit).toBe('OK');
    expect(sim.state.vm(101)).toBeUndefined();
  });

  it('takes free memory and CPU off the node while a VM runs', async () => {
    const node = async () =>
      ((await data(sim, 'GET', '/nodes')) as { node: string; mem: number; cpu: number }[])[0];
    await data(sim, 'PUT', '/nodes/pve1/qemu/101/config', { cores: 8, memory: 16384 });
    const idle = await node();

    await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/start');
    const busy = await node();

    expect((busy?.mem ?? 0) - (idle?.mem ?? 0)).toBe(16384 * 1024 ** 2);
    expect(busy?.cpu).toBeGreaterThan(idle?.cpu ?? 1);
  });

  it('fails a start that the node cannot hold', async () => {
    await data(sim, 'PUT', '/nodes/pve1/qemu/101/config', { cores: 32 });

    const exit = await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/start');

    expect(exit).toBe('MAX 16 vcpus allowed per VM on this node');
    expect(sim.state.vm(101)?.status).toBe('stopped');
  });

  it('reboots only running VMs, and migrates stopped ones', async () => {
    const reboot = await call(sim, 'POST', '/nodes/pve1/qemu/101/status/reboot');

    const exit = await runTask(sim, 'POST', '/nodes/pve1/qemu/101/migrate', { target: 'pve2' });

    expect([reboot.status, reboot.statusText]).toEqual([500, 'VM is not running']);
    expect(exit).toBe('OK');
    expect(sim.state.vm(101)?.node).toBe('pve2');
    expect((await call(sim, 'GET', '/nodes/pve1/qemu/101/status/current')).status).toBe(500);
    expect(await data(sim, 'GET', '/nodes/pve2/qemu/101/status/current')).toMatchObject({
      vmid: 101,
      name: 'web-01',
      status: 'stopped',
    });
  });

  it('keeps task logs with line numbers and a total', async () => {
    const upid = (await data(sim, 'POST', '/nodes/pve1/qemu/101/status/start')) as string;
    await runTask(sim, 'POST', '/nodes/pve1/qemu/101/status/stop');

    const log = await call(sim, 'GET', `/nodes/pve1/tasks/${encodeURIComponent(upid)}/log`, {
      start: 0,
      limit: 50,
    });
    const unknown = await call(sim, 'GET', '/nodes/pve1/tasks/not-a-upid/status');

    expect(log.body).toEqual({
      data: [
        { n: 1, t: 'generating cloud-init ISO' },
        { n: 2, t: 'TASK OK' },
      ],
      total: 2,
    });
    expect(unknown.body.errors).toEqual({ upid: 'unable to parse worker upid' });
  });
});
