import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan.ts';
import { enterLine } from '../../../src/iac/apply-locks.ts';
import type { Engine, ProgressReporter } from '../../../src/ports/engine.ts';
import type { EnterOptions, LockLine } from '../../../src/ports/lock-line.ts';
import { ScriptedEngine } from '../../support/core-world.ts';
import { renderedProgress } from './rendered-progress.ts';

/** A line where two others are ahead: another request on a node, then an earlier attempt of this one. */
const busyLine: LockLine = {
  enter: async (_keys, holder, options: EnterOptions = {}) => {
    await options.onWait?.({ key: 'proxmox:node:pve1', holder: 'R-AAAA', position: 2 });
    await options.onWait?.({ key: 'terraform:workspace:x', holder, position: 1 });
    return { release: async () => undefined };
  },
};

/** The scripted engine, after waiting in the busy line the way the Terraform engine does. */
class QueuedEngine extends ScriptedEngine implements Engine {
  override async apply(plan: Plan, report: ProgressReporter) {
    const held = await enterLine(busyLine, ['proxmox:node:pve1'], plan.requestId, report);
    try {
      return await super.apply(plan, report);
    } finally {
      await held.release();
    }
  }
}

const queued = () => new QueuedEngine();

describe('waiting in line, in the thread', () => {
  it('is told in Italian for an Italian request', async () => {
    const { lines } = await renderedProgress('it', queued);

    expect(lines.slice(1, 4)).toEqual([
      'in coda dietro a R-AAAA (posizione 2), che occupa il nodo Proxmox pve1',
      expect.stringMatching(
        /^in coda dietro a un tentativo precedente di R-\w+ \(posizione 1\), che occupa il workspace Terraform x$/,
      ),
      'tocca a me: inizio',
    ]);
  });

  it('is told in English, as before, for an English request', async () => {
    const { lines } = await renderedProgress('en', queued);

    expect(lines.slice(1, 4)).toEqual([
      'queued behind R-AAAA (position 2), which holds Proxmox node pve1',
      expect.stringMatching(
        /^queued behind an earlier attempt of R-\w+ \(position 1\), which holds Terraform workspace x$/,
      ),
      'my turn: starting',
    ]);
  });
});
