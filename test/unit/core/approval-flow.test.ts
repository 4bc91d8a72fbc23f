import { describe, expect, it } from 'vitest';
import { applyRequest } from '../../../src/core/apply-request.ts';
import { expireRequests } from '../../../src/core/expire-requests.ts';
import { handleAction } from '../../../src/core/handle-action.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { planRequest } from '../../../src/core/plan-request.ts';
import { encodeButton } from '../../../src/domain/thread-view.ts';
import { alice, bob, carol, coreWorld, mallory, thread } from '../../support/core-world.ts';

async function plannedRequest(world: ReturnType<typeof coreWorld>) {
  const replies = await handleMessage(
    world.deps,
    world.say(alice, '/atlas vm create web-01 --cores 2 --memory 2G'),
  );
  const id = /R-[0-9A-Z]{4}/.exec(replies[0]?.title ?? '')?.[0] ?? '';
  await planRequest(world.deps, id);
  const request = await world.deps.requests.get(id);
  if (!request?.planHash) throw new Error('planning did not produce a plan');
  return request;
}

describe('create → plan → approve', () => {
  it('answers at once, records the request and queues its plan job', async () => {
    const world = coreWorld();

    const replies = await handleMessage(
      world.deps,
      world.say(alice, '/atlas vm create web-01 --cores 2 --memory 2G'),
    );

    expect(replies).toHaveLength(1);
    expect(replies[0]?.title).toMatch(/^R-[0-9A-Z]{4}: create web-01$/);
    const [request] = await world.deps.requests.listByThread(thread);
    expect(request?.state).toBe('received');
    expect(world.deps.queue.jobs).toEqual([
      expect.objectContaining({ kind: 'plan', data: { requestId: request?.id } }),
    ]);
    expect(world.deps.audit.entries.map((e) => e.action)).toEqual(['request.created']);
  });

  it('plans, pins the plan hash and tells the bots the plan is ready', async () => {
    const world = coreWorld();

    const request = await plannedRequest(world);

    expect(request.state).toBe('awaiting_approval');
    expect(request.expiresAt).toBe('2026-11-25T14:00:00.000Z');
    expect(world.deps.events.published.map((e) => e.type)).toEqual(['state', 'state', 'plan.ready']);
  });

  it('refuses self-approval and says who can approve', async () => {
    const world = coreWorld({ approvers: ['console:alice', 'console:bob'] });
    const request = await plannedRequest(world);

    const replies = await handleMessage(world.deps, world.say(alice, `approve ${request.id}`));

    expect(replies[0]?.title).toBe(`You asked for ${request.id}, so someone else must approve it.`);
    expect(replies[0]?.text).toContain('bob');
    expect((await world.deps.requests.get(request.id))?.state).toBe('awaiting_approval');
  });

  it('tells a person who may not approve who can, privately, and changes nothing', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);

    const replies = await handleMessage(world.deps, world.say(mallory, `approve ${request.id}`));

    expect(replies[0]).toMatchObject({
      title: `You cannot approve ${request.id}.`,
      text: 'Approvers: bob, carol.',
      visibility: 'ephemeral',
    });
    expect(world.deps.queue.jobs.filter((j) => j.kind === 'apply')).toHaveLength(0);
  });

  it('turns two approvals of the same plan into exactly one apply job', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);
    const button = encodeButton({
      action: 'approve',
      requestId: request.id,
      planHash: request.planHash?.slice(0, 12) ?? '',
    });

    const [first, second] = await Promise.all([
      handleAction(world.deps, { eventId: 'click-1', thread, user: bob, value: button }),
      handleAction(world.deps, { eventId: 'click-2', thread, user: carol, value: button }),
    ]);
    await handleAction(world.deps, { eventId: 'click-1', thread, user: bob, value: button });

    expect((await world.deps.requests.get(request.id))?.state).toBe('approved');
    expect(world.deps.queue.jobs.filter((j) => j.kind === 'apply')).toEqual([
      expect.objectContaining({ data: { requestId: request.id, planHash: request.planHash } }),
    ]);
    expect([...first, ...second].filter((v) => v.kind === 'error').length).toBeLessThanOrEqual(1);
  });

  it('refuses a button of an older plan', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);

    const replies = await handleAction(world.deps, {
      eventId: 'old',
      thread,
      user: bob,
      value: encodeButton({ action: 'approve', requestId: request.id, planHash: '000000000000' }),
    });

    expect(replies[0]?.title).toBe(`That button belongs to an older plan of ${request.id}.`);
    expect((await world.deps.requests.get(request.id))?.state).toBe('awaiting_approval');
  });

  it('waits for as many approvers as configured', async () => {
    const world = coreWorld({ requiredApprovals: 2 });
    const request = await plannedRequest(world);

    const afterBob = await handleMessage(world.deps, world.say(bob, 'approve'));
    const stateAfterBob = (await world.deps.requests.get(request.id))?.state;
    await handleMessage(world.deps, world.say(carol, 'approve'));

    expect(afterBob[0]?.title).toBe(`${request.id}: approval 1 of 2 recorded.`);
    expect(stateAfterBob).toBe('awaiting_approval');
    expect((await world.deps.requests.get(request.id))?.state).toBe('approved');
  });

  it('keeps the reason of a rejection', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);

    await handleMessage(world.deps, world.say(bob, `reject ${request.id} too big for a test box`));

    expect(await world.deps.requests.get(request.id)).toMatchObject({
      state: 'rejected',
      reason: 'too big for a test box',
    });
  });

  it('expires plans nobody approved in time', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);

    const early = await expireRequests(world.deps);
    world.clock.advance(25 * 3600_000);
    const late = await expireRequests(world.deps);

    expect([early, late]).toEqual([0, 1]);
    expect((await world.deps.requests.get(request.id))?.state).toBe('expired');
  });

  it('drops a re-delivered message', async () => {
    const world = coreWorld();
    const message = world.say(alice, 'vm create web-01');

    await handleMessage(world.deps, message);
    const again = await handleMessage(world.deps, message);

    expect(again).toEqual([]);
    expect(world.deps.requests.requests.size).toBe(1);
  });
});

describe('apply', () => {
  it('applies the approved plan and records the VMs', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);
    await handleMessage(world.deps, world.say(bob, 'approve'));

    await applyRequest(world.deps, request.id, request.planHash);

    const done = await world.deps.requests.get(request.id);
    expect(done).toMatchObject({
      state: 'succeeded',
      result: [{ name: 'web-01', vmid: 100, node: 'pve1', ip: '10.0.0.1' }],
    });
    expect(world.deps.events.published.filter((e) => e.type === 'progress').map((e) => e.message)).toEqual([
      'cloning web-01',
    ]);
  });

  it('applies nothing when the approved hash is not the stored plan', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);
    await handleMessage(world.deps, world.say(bob, 'approve'));
    const plan = world.deps.requests.plans.get(request.planId ?? '');
    if (plan?.actions[0]?.kind === 'create-vm') plan.actions[0].vm.cores = 64;

    const attempt = applyRequest(world.deps, request.id, request.planHash);

    await expect(attempt).rejects.toThrow(/not the one that was approved/);
    expect(world.deps.engine.applied).toHaveLength(0);
  });

  it('does nothing for a request that was not approved', async () => {
    const world = coreWorld();
    const request = await plannedRequest(world);

    await applyRequest(world.deps, request.id, request.planHash);

    expect(world.deps.engine.applied).toHaveLength(0);
    expect((await world.deps.requests.get(request.id))?.state).toBe('awaiting_approval');
  });
});
