import { randomUUID } from 'node:crypto';
import { type Plan, planHash } from '../../../src/domain/plan.ts';
import type { ThreadRef } from '../../../src/domain/thread.ts';
import type { Clock } from '../../../src/ports/clock.ts';
import type { NewRequest } from '../../../src/ports/request-store.ts';

export function newThread(): ThreadRef {
  return { platform: 'slack', channel: `C${randomUUID().slice(0, 8)}`, thread: `${Date.now()}.000100` };
}

export function newRequest(overrides: Partial<NewRequest> = {}): NewRequest {
  return {
    operation: {
      kind: 'create',
      vms: [
        {
          name: 'web-01',
          cores: 4,
          memoryMiB: 8192,
          diskGiB: 40,
          template: 'ubuntu-24.04',
          sshKeys: [],
          tags: ['load-test'],
        },
      ],
    },
    requester: { id: 'slack:U024BE7LH', name: 'alice', groups: ['dev'] },
    thread: newThread(),
    ...overrides,
  };
}

export function newPlan(requestId: string, vmid = 101): Plan {
  const draft = {
    engine: 'terraform',
    actions: [{ kind: 'destroy-vm' as const, vm: { name: 'web-01', vmid, node: 'pve1' } }],
    artifactSha256: 'a'.repeat(64),
  };
  return {
    ...draft,
    id: `P-${randomUUID()}`,
    requestId,
    hash: planHash(draft),
    createdAt: '2030-01-02T03:04:05.678Z',
  };
}

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  current: Date;

  constructor(start = '2030-01-01T00:00:00.000Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
