import { describe, expect, it } from 'vitest';
import { startRetentionSweeps } from '../../../src/cli/retention-loop.ts';
import type { SweepDeps } from '../../../src/core/sweep-finished.ts';
import { recordingLogger } from '../../integration/store/recording-logger.ts';
import { ManualClock, MemoryRequestStore } from '../../support/memory-ports.ts';
import { KeepingEngine, MemoryArtifactsSweep, MemoryLocks } from '../core/sweep-fakes.ts';

function loopDeps() {
  const clock = new ManualClock();
  return {
    requests: new MemoryRequestStore(clock),
    artifacts: new MemoryArtifactsSweep(),
    engine: new KeepingEngine(),
    locks: new MemoryLocks(),
    clock,
    logger: recordingLogger(),
  } satisfies SweepDeps;
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('startRetentionSweeps', () => {
  it('sweeps at start and then on its timer, and logs a failed sweep without throwing', async () => {
    const deps = loopDeps();
    let calls = 0;
    const requests = {
      listFinished: async () => {
        calls += 1;
        if (calls === 2) throw new Error('database is down');
        return [];
      },
    };

    const loop = startRetentionSweeps({ ...deps, requests }, { retentionMs: 60_000, intervalMs: 10 });
    await until(() => calls >= 3);
    await loop.close();

    const lines = deps.logger.lines.map((line) => [line.level, line.message]);
    expect(lines[0]).toEqual(['info', expect.stringMatching(/^retention sweep: 0 request\(s\)/)]);
    expect(lines).toContainEqual(['warn', 'retention sweep failed; the next one retries']);
    expect(deps.locks.held.size).toBe(0);
  });

  it('does nothing when the retention is off', async () => {
    const deps = loopDeps();

    const loop = startRetentionSweeps(deps, { retentionMs: 0, intervalMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await loop.close();

    expect(deps.locks.asked).toEqual([]);
    expect(deps.logger.lines.map((line) => line.message)).toEqual([
      'retention sweep: off (ATLAS_RETENTION), finished requests keep their files',
    ]);
  });
});
