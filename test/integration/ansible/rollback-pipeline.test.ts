// A create that fails after its VM was cloned, through Redis, PostgreSQL, BullMQ workers and the renderer.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/domain/thread-view.ts';
import { PipelineWorld } from '../../support/pipeline-world.ts';

let world: PipelineWorld;
afterEach(async () => world?.close());

/** PipelineWorld.waitFor stops at `failed` (a terminal state); a rollback moves on from there. */
async function rolledBack(id: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const request = await world.runtime.deps.requests.get(id);
    if (request?.state === 'rolled_back' && world.renderer.shownState(id) === 'rolled_back') {
      await world.renderer.idle();
      return request;
    }
    if (Date.now() > deadline) throw new Error(`${id} is ${request?.state}, not rolled_back`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function failedStart(env: Record<string, string> = {}) {
  world = await PipelineWorld.start({ env });
  world.sim.faults.failTask({
    type: 'qmstart',
    message: "kvm: cannot set up guest memory 'pc.ram'",
    times: 5,
  });
  const id = await world.create('alice', 'vm create half-01');
  await world.waitFor(id, 'awaiting_approval');
  await world.say('bob', 'approve');
  return id;
}

describe('the rollback of a create that failed part-way', () => {
  it('is offered with a button; pressing it removes the VM and the request ends rolled back', async () => {
    const id = await failedStart();
    await world.waitFor(id, 'failed');
    const offer = world.chat.calls.at(-1)?.view;
    const left = world.sim.state.vmByName('half-01');

    const pressed = await world.press('alice', encodeButton(offer!.buttons![0]!.value));
    const done = await rolledBack(id);

    expect(left).toBeDefined();
    expect(offer).toMatchObject({
      title: `${id} failed`,
      buttons: [{ label: 'Roll back', style: 'danger' }],
    });
    expect(pressed[0]?.title).toBe(`Rolling back ${id}`);
    expect(done.result).toEqual([]);
    expect(world.sim.state.vmByName('half-01')).toBeUndefined();
    expect(world.chat.calls.at(-1)?.view).toMatchObject({
      title: `${id} rolled back`,
      fields: [{ label: 'Rolled back', value: expect.stringMatching(/^removed half-01 \(vmid \d+\)$/) }],
    });
  });

  it('can be typed: `rollback` alone takes the failed request of the thread', async () => {
    const id = await failedStart();
    await world.waitFor(id, 'failed');
    const offer = world.chat.calls.at(-1)?.view;

    const typed = await world.say('mallory', 'rollback');
    const asked = await world.say('alice', 'rollback');
    await rolledBack(id);
    const again = await world.say('alice', `rollback ${id}`);

    expect(offer?.buttons?.[0]?.command).toBe(`/atlas rollback ${id}`);
    expect(typed[0]).toMatchObject({
      kind: 'error',
      title: `Only alice or an approver can roll back ${id}.`,
    });
    expect(asked[0]?.title).toBe(`Rolling back ${id}`);
    expect(again[0]?.title).toMatch(new RegExp(`^${id} `));
    expect(world.sim.state.vmByName('half-01')).toBeUndefined();
    const audit = await world.runtime.deps.audit.list({ requestId: id });
    expect(audit.filter((e) => e.action === 'command.rollback').map((e) => e.actor)).toEqual([
      'console:mallory',
      'console:alice',
      'console:alice',
    ]);
  });

  it('happens at once with ATLAS_ON_FAILURE=rollback', async () => {
    const id = await failedStart({ ATLAS_ON_FAILURE: 'rollback' });

    await rolledBack(id);

    expect(world.sim.state.vmByName('half-01')).toBeUndefined();
    expect(world.transcript()).toContain('ATLAS is removing whatever of half-01 it created.');
  });

  it('is not offered with ATLAS_ON_FAILURE=keep, and the VM stays', async () => {
    const id = await failedStart({ ATLAS_ON_FAILURE: 'keep' });

    await world.waitFor(id, 'failed');

    expect(world.chat.calls.at(-1)?.view.buttons).toBeUndefined();
    expect(world.sim.state.vmByName('half-01')).toBeDefined();
  });
});
