// Fixed requests, plans and audit entries for the Slack view samples.
import type { AuditEntry } from '../../../src/domain/audit.ts';
import { type Plan, type PlannedVm, planHash } from '../../../src/domain/plan.ts';
import type { Request } from '../../../src/domain/request.ts';

const thread = { platform: 'slack' as const, channel: 'C0OPS', thread: '1760000001.000100' };
export const AT = '2026-03-02T14:02:05.000Z';

function vm(i: number): PlannedVm {
  return {
    name: `web-${String(i).padStart(2, '0')}`,
    vmid: 100 + i,
    node: 'pve1',
    template: { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
    cores: 2,
    memoryMiB: 4096,
    diskGiB: 40,
    storage: 'ceph-vm',
    bridge: 'vmbr0',
    ciUser: 'atlas',
    sshKeys: [],
    ipConfig: 'ip=dhcp',
    tags: ['atlas', 'atlas-r-7f3k'],
  };
}

export function request(count: number, patch: Partial<Request> = {}): Request {
  return {
    id: 'R-7F3K',
    operation: {
      kind: 'create',
      vms: [
        {
          name: 'web-01',
          cores: 2,
          memoryMiB: 4096,
          diskGiB: 40,
          template: 'ubuntu-24.04',
          sshKeys: [],
          tags: [],
        },
      ],
    },
    state: 'awaiting_approval',
    requester: { id: 'slack:UALICE', name: 'alice' },
    thread,
    planId: 'P-1',
    createdAt: '2026-03-02T14:00:00.000Z',
    updatedAt: AT,
    expiresAt: '2026-03-03T14:00:00.000Z',
    ...(count > 1
      ? {
          operation: {
            kind: 'create',
            vms: Array.from({ length: count }, (_, i) => ({
              name: vm(i + 1).name,
              cores: 2,
              memoryMiB: 4096,
              diskGiB: 40,
              template: 'ubuntu-24.04',
              sshKeys: [],
              tags: [],
            })),
          },
        }
      : {}),
    ...patch,
  };
}

export function plan(count: number): Plan {
  const actions = Array.from({ length: count }, (_, i) => ({ kind: 'create-vm' as const, vm: vm(i + 1) }));
  return {
    id: 'P-1',
    requestId: 'R-7F3K',
    engine: 'api',
    actions,
    hash: planHash({ engine: 'api', actions }),
    createdAt: AT,
  };
}

export const audit: AuditEntry[] = [
  {
    id: 1,
    at: '2026-03-02T14:00:00.000Z',
    actor: 'slack:UALICE',
    actorName: 'alice',
    action: 'request.created',
    requestId: 'R-7F3K',
  },
  {
    id: 2,
    at: '2026-03-02T14:00:02.000Z',
    actor: 'atlas',
    action: 'state.awaiting_approval',
    requestId: 'R-7F3K',
    planHash: 'ab12cd34ef56aa',
  },
  {
    id: 3,
    at: AT,
    actor: 'slack:UBOB',
    actorName: 'bob',
    action: 'button.approve',
    requestId: 'R-7F3K',
    planHash: 'ab12cd34ef56aa',
  },
];
