import { describe, expect, it } from 'vitest';
import { formatCommand } from '../../../src/core/grammar/format-command.ts';
import { parseCommand } from '../../../src/core/grammar/parse-command.ts';
import { planCard } from '../../../src/core/views/plan-card.ts';
import type { Plan } from '../../../src/domain/plan.ts';
import type { Request } from '../../../src/domain/request.ts';
import { testPolicy } from '../../support/memory-ports.ts';

const policy = testPolicy();

function intentOf(text: string) {
  const parsed = parseCommand(text, policy);
  if (parsed.kind !== 'intent') throw new Error(`not a command: ${JSON.stringify(parsed)}`);
  return parsed.intent;
}

describe('vm create --with', () => {
  it('reads roles and profiles, repeated or comma-separated, lower-cased and once each', () => {
    const intent = intentOf('vm create web --count 2 --with Nginx,docker --with web --with nginx');

    expect(intent).toMatchObject({
      kind: 'vm.create',
      vms: [
        { name: 'web-01', roles: ['nginx', 'docker', 'web'] },
        { name: 'web-02', roles: ['nginx', 'docker', 'web'] },
      ],
    });
  });

  it('gives back the same intent from its formatted command, with and without roles', () => {
    for (const text of [
      'vm create web-01 --with nginx,docker',
      'vm create web --count 3 --with web',
      'vm create db-1',
    ]) {
      const intent = intentOf(text);

      expect(intentOf(formatCommand(intent))).toEqual(intent);
    }
    expect(formatCommand(intentOf('vm create web-01 --with nginx,docker'))).toContain('--with nginx,docker');
    expect(intentOf('vm create db-1')).not.toHaveProperty('vms.0.roles');
  });

  it('refuses names that are not role names', () => {
    const parsed = parseCommand('vm create web-01 --with ../../etc', policy);

    expect(parsed).toMatchObject({
      kind: 'error',
      error: { message: '--with ../../etc: not a role or profile name.' },
    });
  });
});

describe('the plan card of a VM with roles', () => {
  it('shows the roles on the VM’s line', () => {
    const vm = {
      name: 'web-01',
      vmid: 100,
      node: 'pve1',
      template: { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
      cores: 2,
      memoryMiB: 2048,
      diskGiB: 20,
      storage: 'local-lvm',
      bridge: 'vmbr0',
      ciUser: 'atlas',
      sshKeys: [],
      ipConfig: 'ip=dhcp',
      tags: [],
      roles: ['nginx', 'docker'],
    };
    const plan: Plan = {
      id: 'p',
      requestId: 'R-7F3K',
      engine: 'api',
      actions: [{ kind: 'create-vm', vm }],
      hash: 'a'.repeat(64),
      createdAt: '2026-11-24T14:00:00.000Z',
    };
    const request = { id: 'R-7F3K', requester: { id: 'console:alice' } } as Request;

    expect(planCard(request, plan, [], 'bob').code).toMatch(/^\+ web-01 .* with nginx, docker$/);
  });
});
