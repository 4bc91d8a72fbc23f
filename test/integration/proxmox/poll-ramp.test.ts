import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIMING } from '../../../src/proxmox/engine-context.ts';
import { createRequest, planFor, recorder, startWorld, type World } from './world.ts';

describe('ApiEngine polls tasks and the guest agent on a ramp', () => {
  let world: World;

  beforeEach(async () => {
    world = await startWorld({ taskMs: 30, agentIpDelayMs: 150 }, { timing: DEFAULT_TIMING });
  });

  afterEach(async () => {
    await world.close();
  });

  it('creates a VM whose tasks take tens of milliseconds in well under one poll interval per step', async () => {
    const plan = await planFor(world.engine, createRequest([{ name: 'quick-01', diskGiB: 40 }]));
    const started = performance.now();

    const results = await world.engine.apply(plan, recorder().report);

    const elapsed = performance.now() - started;
    expect(results[0]?.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    // Clone, resize and start each wait for a task, then the IP: with fixed 1 s / 2 s polls that is
    // more than 5 s; on the ramp each short wait costs 100-300 ms.
    expect(elapsed).toBeLessThan(2500);
  });
});
