import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan, PlannedVm } from '../../../src/domain/plan.ts';
import type { HostEntry } from '../../../src/iac/ansible/host-entries.ts';
import { hostEntries } from '../../../src/iac/ansible/host-entries.ts';
import { inventoryYaml, playbookYaml } from '../../../src/iac/ansible/run-files.ts';

const options = { sshPort: 2222, connectTimeoutMs: 90_000 };
const host = (name: string, roles: string[], user = 'atlas'): HostEntry => ({
  name,
  ip: `10.0.0.${name.length}`,
  user,
  roles,
  template: 'debian-12',
});

function planned(name: string, roles?: string[]): PlannedVm {
  return {
    name,
    vmid: 100,
    node: 'pve1',
    template: { name: 'debian-12', vmid: 9001, node: 'pve1' },
    cores: 1,
    memoryMiB: 1024,
    diskGiB: 10,
    storage: 'local-lvm',
    bridge: 'vmbr0',
    ciUser: 'atlas',
    sshKeys: [],
    ipConfig: 'ip=dhcp',
    tags: [],
    ...(roles ? { roles } : {}),
  };
}

const plan = (vms: PlannedVm[]): Plan => ({
  id: 'p',
  requestId: 'R-7F3K',
  engine: 'api',
  actions: vms.map((vm) => ({ kind: 'create-vm', vm })),
  hash: '0'.repeat(64),
  createdAt: '2026-11-24T14:00:00.000Z',
});

describe('the inventory and playbook of a run', () => {
  it('groups VMs by their roles, with address, port and login as host variables', () => {
    const entries = [host('web-01', ['nginx']), host('web-02', ['nginx']), host('db', ['docker'], 'root')];

    const inventory = parse(inventoryYaml(entries, options));

    expect(inventory).toEqual({
      all: {
        children: {
          atlas_1: {
            hosts: {
              'web-01': expect.objectContaining({
                ansible_host: '10.0.0.6',
                ansible_port: 2222,
                ansible_user: 'atlas',
                ansible_become: true,
              }),
              'web-02': expect.objectContaining({ ansible_host: '10.0.0.6' }),
            },
          },
          atlas_2: { hosts: { db: expect.not.objectContaining({ ansible_become: true }) } },
        },
      },
    });
  });

  it('waits for SSH and cloud-init, gathers facts, then runs the roles in order', () => {
    const plays = parse(playbookYaml([host('web-01', ['docker', 'nginx'])], options));

    expect(plays).toHaveLength(1);
    expect(plays[0]).toMatchObject({
      name: 'Configure web-01 with docker, nginx',
      hosts: 'atlas_1',
      gather_facts: false,
      roles: ['docker', 'nginx'],
    });
    expect(plays[0].pre_tasks.map((t: { name: string }) => t.name)).toEqual([
      'Wait for SSH',
      'Wait for cloud-init to finish',
      'Gather facts',
    ]);
    expect(plays[0].pre_tasks[0]['ansible.builtin.wait_for_connection']).toEqual({ timeout: 90 });
  });
});

describe('hostEntries', () => {
  it('joins the planned roles with the addresses the engine reported, skipping VMs without roles', () => {
    const entries = hostEntries(plan([planned('web-01', ['nginx']), planned('plain')]), [
      { name: 'web-01', vmid: 100, node: 'pve1', ip: '10.0.0.5' },
      { name: 'plain', vmid: 101, node: 'pve1', ip: '10.0.0.6' },
    ]);

    expect(entries).toEqual([
      { name: 'web-01', ip: '10.0.0.5', user: 'atlas', roles: ['nginx'], template: 'debian-12' },
    ]);
  });

  it('refuses a VM without an address, saying what to check', () => {
    const run = () =>
      hostEntries(plan([planned('web-01', ['nginx'])]), [{ name: 'web-01', vmid: 100, node: 'pve1' }]);

    expect(run).toThrow('web-01 reported no IP address, so ATLAS cannot reach it to run nginx.');
  });

  it('refuses values that could break out of the inventory', () => {
    const bad = { ...planned('web-01', ['nginx']), ciUser: 'atlas\nansible_host: evil' };

    expect(() =>
      hostEntries(plan([bad]), [{ name: 'web-01', vmid: 100, node: 'pve1', ip: '10.0.0.5' }]),
    ).toThrow(/cloud-init user/);
  });
});
