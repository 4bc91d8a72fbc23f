import { describe, expect, it } from 'vitest';
import { AtlasError } from '../../../src/domain/errors.ts';
import { planHash } from '../../../src/domain/plan.ts';
import {
  assertTransition,
  canTransition,
  newRequestId,
  normaliseRequestId,
  type Operation,
  RequestState,
} from '../../../src/domain/request.ts';
import { parseSizeMiB } from '../../../src/domain/size.ts';
import { decodeButton, encodeButton } from '../../../src/domain/thread-view.ts';

const create: Operation = {
  kind: 'create',
  vms: [
    {
      name: 'web-01',
      cores: 2,
      memoryMiB: 2048,
      diskGiB: 20,
      template: 'ubuntu-24.04',
      sshKeys: [],
      tags: [],
    },
  ],
};
const power: Operation = { kind: 'power', action: 'start', vm: { name: 'web-01', vmid: 100, node: 'pve1' } };

describe('request state machine', () => {
  it('walks the happy path of a create', () => {
    const path: RequestState[] = [
      'received',
      'planning',
      'awaiting_approval',
      'approved',
      'applying',
      'configuring',
      'succeeded',
    ];

    const steps = path.slice(1).map((to, i) => canTransition(create, path[i] as RequestState, to));

    expect(steps.every(Boolean)).toBe(true);
  });

  it('makes skipping approval impossible for creates and destroys', () => {
    expect(canTransition(create, 'received', 'applying')).toBe(false);
    expect(canTransition(create, 'planning', 'approved')).toBe(false);
    expect(canTransition(create, 'awaiting_approval', 'applying')).toBe(false);
    expect(() =>
      assertTransition({ id: 'R-0000', operation: create, state: 'received' }, 'applying'),
    ).toThrow(AtlasError);
  });

  it('lets power actions run without a plan', () => {
    expect(canTransition(power, 'received', 'applying')).toBe(true);
    expect(canTransition(power, 'received', 'planning')).toBe(false);
  });

  it('has no way out of a terminal state except a rollback after failure', () => {
    for (const from of ['succeeded', 'rejected', 'expired', 'cancelled', 'rolled_back'] as const) {
      for (const to of RequestState.options) expect(canTransition(create, from, to)).toBe(false);
    }
    expect(canTransition(create, 'failed', 'rolled_back')).toBe(true);
  });
});

describe('request ids', () => {
  it('are R- and four unambiguous characters', () => {
    let n = 0;
    const id = newRequestId(() => (n++ * 7) % 32);

    expect(id).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('tolerate case, a missing prefix and look-alike letters', () => {
    expect(normaliseRequestId('r-7f3k')).toBe('R-7F3K');
    expect(normaliseRequestId('7F3K')).toBe('R-7F3K');
    expect(normaliseRequestId('R-0O1L')).toBe('R-0011');
  });
});

describe('sizes', () => {
  it.each([
    ['2G', 2048],
    ['2048M', 2048],
    ['2 GiB', 2048],
    ['1.5g', 1536],
    ['512MB', 512],
    ['1T', 1048576],
  ])('%s is %i MiB', (text, mib) => {
    expect(parseSizeMiB(text)).toBe(mib);
  });

  it.each(['', 'G', '-2G', '2X', '0G', '0.3M'])('%s is not a size', (text) => {
    expect(parseSizeMiB(text)).toBeUndefined();
  });
});

describe('plans and buttons', () => {
  it('hash the same plan the same way whatever the key order', () => {
    const a = {
      engine: 'api',
      actions: [{ kind: 'destroy-vm' as const, vm: { name: 'a', vmid: 100, node: 'pve1' } }],
    };
    const b = {
      actions: [{ vm: { node: 'pve1', vmid: 100, name: 'a' }, kind: 'destroy-vm' as const }],
      engine: 'api',
    };

    expect(planHash(a)).toBe(planHash(b));
    expect(planHash(a)).not.toBe(planHash({ ...a, engine: 'terraform' }));
  });

  it('round-trip button values and refuse forged ones', () => {
    const value = encodeButton({ action: 'approve', requestId: 'R-7F3K', planHash: '0123456789ab' });

    expect(value.length).toBeLessThanOrEqual(100);
    expect(decodeButton(value)).toEqual({ action: 'approve', requestId: 'R-7F3K', planHash: '0123456789ab' });
    expect(decodeButton('approve:R-7F3K:xyz')).toBeUndefined();
    expect(decodeButton('launch:R-7F3K:0123456789ab')).toBeUndefined();
  });
});
