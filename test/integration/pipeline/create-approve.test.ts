import { afterEach, describe, expect, it } from 'vitest';
import { encodeButton } from '../../../src/domain/thread-view.ts';
import { PipelineWorld } from '../../support/pipeline-world.ts';

let world: PipelineWorld;
afterEach(async () => world?.close());

describe('create → plan → approve → running VM', () => {
  it('ends with a running VM that has the planned size and an IP, all told in the thread', async () => {
    world = await PipelineWorld.start();

    const id = await world.create('alice', '/atlas vm create web-01 --cores 2 --memory 2G --disk 30G');
    const planned = await world.waitFor(id, 'awaiting_approval');
    await world.say('bob', 'approve');
    const done = await world.waitFor(id, 'succeeded');

    const [vm] = world.sim.state.vms().filter((v) => v.config.name === 'web-01');
    expect(vm).toBeDefined();
    expect(vm?.status).toBe('running');
    expect(done.result).toEqual([
      expect.objectContaining({ name: 'web-01', vmid: vm?.vmid, ip: expect.stringMatching(/^10\./) }),
    ]);
    const views = world.chat.calls.map((c) => c.view);
    expect(views.find((v) => v.kind === 'plan')?.buttons?.map((b) => b.label)).toEqual(['Approve', 'Reject']);
    expect(views.some((v) => v.kind === 'plan' && v.text?.startsWith('Approved by bob'))).toBe(true);
    expect(views.some((v) => v.kind === 'progress')).toBe(true);
    expect(views.at(-1)).toMatchObject({ kind: 'result', title: `${id} done: web-01 is running` });
    expect(planned.planHash).toBe(done.planHash);
  });

  it('rejects with a reason and creates nothing', async () => {
    world = await PipelineWorld.start();
    const id = await world.create('alice', 'vm create web-02');
    const planned = await world.waitFor(id, 'awaiting_approval');

    await world.press(
      'carol',
      encodeButton({ action: 'reject', requestId: id, planHash: planned.planHash?.slice(0, 12) ?? '' }),
      'not this sprint',
    );
    const rejected = await world.waitFor(id, 'rejected');

    expect(rejected.reason).toBe('not this sprint');
    expect(world.sim.state.vms().filter((v) => v.config.name === 'web-02')).toHaveLength(0);
    expect(world.transcript()).toContain('Rejected by carol');
  });

  it('refuses self-approval and leaves the plan waiting', async () => {
    world = await PipelineWorld.start({ env: { ATLAS_APPROVERS: 'console:alice,console:bob' } });
    const id = await world.create('alice', 'vm create web-03');
    await world.waitFor(id, 'awaiting_approval');

    const replies = await world.say('alice', 'approve');

    expect(replies[0]?.title).toBe(`You asked for ${id}, so someone else must approve it.`);
    expect((await world.runtime.deps.requests.get(id))?.state).toBe('awaiting_approval');
  });

  it('expires a plan nobody approved in time', async () => {
    world = await PipelineWorld.start({ env: { ATLAS_APPROVAL_TTL: '1s' } });
    const id = await world.create('alice', 'vm create web-04');

    await world.waitFor(id, 'awaiting_approval');
    await world.waitFor(id, 'expired', 10_000);

    const late = await world.say('bob', `approve ${id}`);
    expect(late[0]?.title).toBe(`${id} is expired; there is nothing to approve.`);
    expect(world.sim.state.vms().filter((v) => v.config.name === 'web-04')).toHaveLength(0);
  });

  it('turns two approvals and a re-delivered click into exactly one VM', async () => {
    world = await PipelineWorld.start();
    const id = await world.create('alice', 'vm create web-05');
    const planned = await world.waitFor(id, 'awaiting_approval');
    const button = encodeButton({
      action: 'approve',
      requestId: id,
      planHash: planned.planHash?.slice(0, 12) ?? '',
    });

    await Promise.all([world.press('bob', button), world.press('carol', button), world.press('bob', button)]);
    await world.waitFor(id, 'succeeded');

    expect(world.sim.state.vms().filter((v) => v.config.name === 'web-05')).toHaveLength(1);
    const clones = world.sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/clone'));
    expect(clones).toHaveLength(1);
  });
});
