import { describe, expect, it } from 'vitest';
import type { Plan, PlanAction } from '../../../src/domain/plan.ts';
import { applyLockKeys, enterLine, queuedMessage } from '../../../src/iac/apply-locks.ts';
import type { Progress } from '../../../src/ports/engine.ts';
import type { EnterOptions, LockLine } from '../../../src/ports/lock-line.ts';
import { createAction } from './fixtures.ts';

function plan(actions: PlanAction[]): Plan {
  return { id: 'p', requestId: 'R-7F3K', engine: 'terraform', actions, hash: '0'.repeat(64), createdAt: '' };
}

describe('applyLockKeys', () => {
  it('locks the workspace and every node a clone runs on or lands on, each once', () => {
    const keys = applyLockKeys(
      plan([createAction({ name: 'web-01', node: 'pve3' }), createAction({ name: 'web-02', node: 'pve1' })]),
      'R-7F3K',
    );

    expect(keys).toEqual(['terraform:workspace:r-7f3k', 'proxmox:node:pve1', 'proxmox:node:pve3']);
  });

  it("locks only the owner's workspace for a destroy", () => {
    const destroy = plan([{ kind: 'destroy-vm', vm: { name: 'web-01', vmid: 101, node: 'pve3' } }]);

    expect(applyLockKeys(destroy, 'R-AAAA')).toEqual(['terraform:workspace:r-aaaa']);
  });
});

describe('enterLine', () => {
  it('tells the thread whom it waits behind, then that it starts', async () => {
    const lines: string[] = [];
    const report = async (p: Progress) => {
      lines.push(p.message);
    };
    const locks: LockLine = {
      enter: async (_keys, _holder, options: EnterOptions = {}) => {
        await options.onWait?.({ key: 'proxmox:node:pve1', holder: 'R-AAAA', position: 2 });
        await options.onWait?.({ key: 'terraform:workspace:r-7f3k', holder: 'R-7F3K', position: 1 });
        return { release: async () => undefined };
      },
    };

    await enterLine(locks, ['proxmox:node:pve1'], 'R-7F3K', report);

    expect(lines).toEqual([
      'queued behind R-AAAA (position 2), which holds Proxmox node pve1',
      'queued behind an earlier attempt of R-7F3K (position 1), which holds Terraform workspace r-7f3k',
      'my turn: starting',
    ]);
  });

  it('says nothing when nobody was ahead', async () => {
    const lines: string[] = [];
    const locks: LockLine = { enter: async () => ({ release: async () => undefined }) };

    await enterLine(locks, ['x'], 'R-7F3K', async (p) => {
      lines.push(p.message);
    });

    expect(lines).toEqual([]);
    expect(queuedMessage('R-7F3K', { key: 'proxmox:node:pve2', holder: 'R-B', position: 1 })).toBe(
      'queued behind R-B (position 1), which holds Proxmox node pve2',
    );
  });
});
