import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiEngine } from '../../../src/proxmox/api-engine.ts';
import { createRequest, FAST, planFor, recorder, startWorld, type World } from './world.ts';

describe('many creates at once', () => {
  let world: World;

  beforeEach(async () => {
    world = await startWorld({ taskMs: 5, agentIpDelayMs: 5 });
  });

  afterEach(async () => {
    expect(world.contractViolations()).toEqual([]);
    await world.close();
  });

  it('turns 20 concurrent plans and applies in two workers into 20 VMs with distinct VMIDs', async () => {
    // Two engines sharing only the claims store: two worker processes.
    const other = new ApiEngine({ api: world.client.api, claims: world.claims, timing: FAST });
    const engines = [world.engine, other];
    const requests = Array.from({ length: 20 }, (_, i) =>
      createRequest([{ name: `load-${String(i).padStart(2, '0')}` }]),
    );

    const results = await Promise.all(
      requests.map(async (req, i) => {
        const engine = engines[i % 2] as ApiEngine;
        return engine.apply(await planFor(engine, req), recorder().report);
      }),
    );

    const vmids = results.flat().map((r) => r.vmid);
    expect(new Set(vmids).size).toBe(20);
    const created = world.sim.state.vms().filter((vm) => String(vm.config.name).startsWith('load-'));
    expect(created).toHaveLength(20);
    expect(new Set(created.map((vm) => vm.vmid))).toEqual(new Set(vmids));
    expect(created.every((vm) => vm.status === 'running')).toBe(true);
  });

  it('clones from one template one at a time, so clones do not time out on the template lock', async () => {
    const tight = await startWorld({ taskMs: 15, lockWaitMs: 20, agentIpDelayMs: 5 });
    const req = createRequest(Array.from({ length: 4 }, (_, i) => ({ name: `paced-0${i}`, node: 'pve1' })));
    const progress = recorder();

    const results = await tight.engine.apply(await planFor(tight.engine, req), progress.report);
    const violations = tight.contractViolations();
    await tight.close();

    expect(results).toHaveLength(4);
    expect(progress.messages.filter((m) => m.includes('locked by another task'))).toEqual([]);
    expect(violations).toEqual([]);
  });
});
