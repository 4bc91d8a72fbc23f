import { describe, expect, it } from 'vitest';
import { SWEEP_LOCK, sweepFinished } from '../../../src/core/sweep-finished.ts';
import type { RequestState } from '../../../src/domain/request.ts';
import { recordingLogger } from '../../integration/store/recording-logger.ts';
import { ManualClock, MemoryRequestStore } from '../../support/memory-ports.ts';
import { KeepingEngine, MemoryArtifactsSweep, MemoryLocks } from './sweep-fakes.ts';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const NOW = new Date('2026-11-24T14:00:00.000Z');

function sweepWorld() {
  const clock = new ManualClock(NOW);
  const requests = new MemoryRequestStore(clock);
  const deps = {
    requests,
    artifacts: new MemoryArtifactsSweep(),
    engine: new KeepingEngine(),
    locks: new MemoryLocks(),
    clock,
    logger: recordingLogger(),
  };
  /** A request that moved to `state` `daysAgo` days ago, with a plan file and a workspace from then. */
  const ended = async (state: RequestState, daysAgo: number): Promise<string> => {
    clock.current = new Date(NOW.getTime() - daysAgo * DAY);
    const request = await requests.create({
      operation: { kind: 'power', vm: { name: 'web-01', vmid: 101, node: 'pve1' }, action: 'start' },
      requester: { id: 'console:alice', name: 'alice' },
      thread: { platform: 'console', channel: 'local', thread: 'main' },
    });
    await requests.transition(request.id, ['received'], state);
    deps.artifacts.files.push({ requestId: request.id, createdAt: clock.now().toISOString() });
    deps.engine.kept.add(request.id);
    clock.current = new Date(NOW);
    return request.id;
  };
  return { deps, clock, requests, ended };
}

describe('sweepFinished', () => {
  it('removes the plan files and workspaces of requests that ended longer than the retention ago', async () => {
    const { deps, ended } = sweepWorld();
    const old = [
      await ended('succeeded', 30),
      await ended('failed', 9),
      await ended('rolled_back', 8.4),
      await ended('rejected', 8.3),
      await ended('expired', 8.2),
      await ended('cancelled', 8.1),
    ];
    const recent = await ended('succeeded', 6);
    const stuck = await ended('applying', 20);

    const outcome = await sweepFinished(deps, { retentionMs: WEEK });

    expect(outcome).toMatchObject({ kind: 'swept', requests: 6, planFiles: 6, workspaces: 6, failed: 0 });
    expect(deps.engine.forgotten).toEqual(old);
    expect([...deps.engine.kept].sort()).toEqual([recent, stuck].sort());
    expect(deps.artifacts.files.map((f) => f.requestId).sort()).toEqual([recent, stuck].sort());
    expect(deps.artifacts.calls).toEqual([{ requestIds: old, createdBefore: '2026-11-17T14:00:00.000Z' }]);
    expect(deps.logger.lines).toEqual([
      {
        level: 'info',
        fields: { before: '2026-11-17T14:00:00.000Z', requests: 6, planFiles: 6, workspaces: 6, failed: 0 },
        message:
          'retention sweep: 6 request(s) finished before 2026-11-17T14:00:00.000Z: 6 plan file(s) and 6 workspace(s) removed',
      },
    ]);
  });

  it('keeps what a request has while a job of it ran within the retention (a rollback pressed late)', async () => {
    const { deps, clock, requests, ended } = sweepWorld();
    const failed = await ended('failed', 10);
    clock.advance(-DAY);
    await requests.recordJob({
      requestId: failed,
      kind: 'lifecycle',
      jobId: `lifecycle:${failed}`,
      status: 'started',
      attempt: 1,
    });
    clock.current = new Date(NOW);

    const outcome = await sweepFinished(deps, { retentionMs: WEEK });

    expect(outcome).toMatchObject({ kind: 'swept', requests: 0, workspaces: 0 });
    expect(deps.engine.kept).toContain(failed);
    expect(deps.artifacts.files).toHaveLength(1);
  });

  it('works in pages and carries on where the previous sweep stopped', async () => {
    const { deps, ended } = sweepWorld();
    const ids: string[] = [];
    for (let day = 20; day > 15; day -= 1) ids.push(await ended('succeeded', day));

    const first = await sweepFinished(deps, { retentionMs: WEEK, pageSize: 2, maxRequests: 3 });
    const after = first.kind === 'swept' ? first.cursor : undefined;
    const second = await sweepFinished(deps, { retentionMs: WEEK, pageSize: 2, after });
    const third = await sweepFinished(deps, {
      retentionMs: WEEK,
      after: second.kind === 'swept' ? second.cursor : undefined,
    });

    expect(first).toMatchObject({ requests: 3, cursor: { id: ids[2] } });
    expect(second).toMatchObject({ requests: 2, cursor: { id: ids[4] } });
    expect(third).toMatchObject({ requests: 0, cursor: { id: ids[4] } });
    expect(deps.engine.forgotten).toEqual(ids);
    expect(deps.artifacts.calls.map((c) => c.requestIds)).toEqual([
      ids.slice(0, 2),
      ids.slice(2, 3),
      ids.slice(3, 5),
      [],
      [],
    ]);
  });

  it('lets one worker sweep at a time, and lets go of the lock when it is done', async () => {
    const { deps, ended } = sweepWorld();
    const id = await ended('succeeded', 8);
    deps.locks.held.add(SWEEP_LOCK);

    const busy = await sweepFinished(deps, { retentionMs: WEEK });
    deps.locks.held.delete(SWEEP_LOCK);
    const swept = await sweepFinished(deps, { retentionMs: WEEK });

    expect(busy).toEqual({ kind: 'busy' });
    expect(swept).toMatchObject({ kind: 'swept', requests: 1 });
    expect(deps.engine.forgotten).toEqual([id]);
    expect(deps.locks.asked).toEqual([
      { key: SWEEP_LOCK, ttlMs: expect.any(Number), waitMs: 0 },
      { key: SWEEP_LOCK, ttlMs: expect.any(Number), waitMs: 0 },
    ]);
    expect(deps.locks.held.size).toBe(0);
  });

  it('goes on past a workspace it cannot remove, counts it and logs the error', async () => {
    const { deps, ended } = sweepWorld();
    const stuck = await ended('failed', 9);
    const fine = await ended('succeeded', 8);
    deps.engine.broken.add(stuck);

    const outcome = await sweepFinished(deps, { retentionMs: WEEK });

    expect(outcome).toMatchObject({ kind: 'swept', requests: 2, planFiles: 2, workspaces: 1, failed: 1 });
    expect(deps.engine.forgotten).toEqual([fine]);
    expect(deps.logger.lines).toMatchObject([
      {
        level: 'warn',
        fields: { failed: 1, err: { message: expect.stringContaining('EACCES') } },
        message: expect.stringMatching(/1 workspace\(s\) removed, 1 could not be$/),
      },
    ]);
  });

  it('still deletes plan files when the engine keeps nothing per request (the API engine)', async () => {
    const { deps, ended } = sweepWorld();
    await ended('succeeded', 8);

    const outcome = await sweepFinished({ ...deps, engine: {} }, { retentionMs: WEEK });

    expect(outcome).toMatchObject({ kind: 'swept', requests: 1, planFiles: 1, workspaces: 0 });
  });

  it('stops between requests when the worker closes', async () => {
    const { deps, ended } = sweepWorld();
    const first = await ended('succeeded', 9);
    await ended('succeeded', 8);
    const closing = new AbortController();
    deps.engine.forget = async (requestId) => {
      closing.abort();
      deps.engine.forgotten.push(requestId);
      return true;
    };

    const outcome = await sweepFinished(deps, { retentionMs: WEEK, signal: closing.signal });

    expect(outcome).toMatchObject({ kind: 'swept', requests: 1, cursor: { id: first } });
    expect(deps.engine.forgotten).toEqual([first]);
  });

  it('sweeps nothing when the retention is off', async () => {
    const { deps, ended } = sweepWorld();
    await ended('succeeded', 300);

    const outcome = await sweepFinished(deps, { retentionMs: 0 });

    expect(outcome).toEqual({ kind: 'off' });
    expect(deps.engine.forgotten).toEqual([]);
    expect(deps.locks.asked).toEqual([]);
  });
});
