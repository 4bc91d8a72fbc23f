import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequest, planFor, recorder, request, startWorld, type World } from './world.ts';

const KEYS = [
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop',
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7+/=== bob+ops@example.com',
];

/** One of everything ATLAS does to Proxmox, then every recorded request checked against the contract. */
describe('every request ATLAS sends fits the PVE API contract', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
    const req = createRequest([
      {
        name: 'c-01',
        node: 'pve2',
        cores: 2,
        memoryMiB: 1024,
        diskGiB: 32,
        sshKeys: KEYS,
        tags: ['team_a', 'v1.2'],
      },
      { name: 'c-02', template: 'debian-12' },
    ]);
    const [first] = await world.engine.apply(await planFor(world.engine, req), recorder().report);
    const ref = { name: 'c-01', vmid: first?.vmid ?? 0, node: first?.node ?? '' };
    await world.engine.power(ref, 'reboot');
    await world.engine.power(ref, 'stop');
    await world.engine.power(ref, 'start');
    await world.engine.inventory.vm('c-01');
    await world.engine.apply(
      await planFor(world.engine, request('R-C0NT', { kind: 'destroy', vm: ref })),
      recorder().report,
    );
  });

  afterAll(async () => {
    await world.close();
  });

  it('covers clone, migrate, config, resize, power, agent, destroy and the reads', () => {
    const seen = new Set(
      world.sim.requests.map(
        (r) => `${r.method} ${r.path.replace(/\/(\d+|UPID:[^/]+|pve\d)(?=\/|$)/g, '/*')}`,
      ),
    );

    expect([...seen].sort()).toEqual(
      expect.arrayContaining([
        'POST /nodes/*/qemu/*/clone',
        'POST /nodes/*/qemu/*/migrate',
        'PUT /nodes/*/qemu/*/config',
        'PUT /nodes/*/qemu/*/resize',
        'POST /nodes/*/qemu/*/status/start',
        'POST /nodes/*/qemu/*/status/stop',
        'POST /nodes/*/qemu/*/status/reboot',
        'DELETE /nodes/*/qemu/*',
        'GET /nodes/*/qemu/*/agent/network-get-interfaces',
        'GET /nodes/*/tasks/*/status',
        'GET /cluster/resources',
        'GET /cluster/nextid',
      ]),
    );
  });

  it('has no request the contract rejects', () => {
    expect(world.contractViolations()).toEqual([]);
  });
});
