import { describe, expect, it } from 'vitest';
import { expireRequests } from '../../../src/core/expire-requests.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { planRequest } from '../../../src/core/plan-request.ts';
import { reviseRequest } from '../../../src/core/revise-request.ts';
import type { Plan } from '../../../src/domain/plan.ts';
import { alice, bob, coreWorld } from '../../support/core-world.ts';

/** A world whose engine records which plans it was told to let go of. */
async function plannedWorld() {
  const world = coreWorld();
  const released: Plan[] = [];
  const deps = { ...world.deps, releasePlan: async (plan: Plan) => void released.push(plan) };
  const replies = await handleMessage(deps, world.say(alice, '/atlas vm create web-01 --cores 2'));
  const id = /R-[0-9A-Z]{4}/.exec(replies[0]?.title ?? '')?.[0] ?? '';
  await planRequest(deps, id);
  const request = await deps.requests.get(id);
  if (!request?.planId) throw new Error('planning did not produce a plan');
  return { world, deps, released, request };
}

describe('plans that will never be applied let go of their VMIDs', () => {
  it('on reject', async () => {
    const { world, deps, released, request } = await plannedWorld();

    await handleMessage(deps, world.say(bob, `/atlas reject ${request.id} not now`));

    expect(released.map((plan) => plan.id)).toEqual([request.planId]);
  });

  it('on expiry', async () => {
    const { world, deps, released, request } = await plannedWorld();
    world.clock.advance(25 * 3600_000);

    await expireRequests(deps);

    expect(released.map((plan) => plan.id)).toEqual([request.planId]);
  });

  it('on revision, before the request is planned again', async () => {
    const { deps, released, request } = await plannedWorld();
    const vms = request.operation.kind === 'create' ? request.operation.vms : [];

    await reviseRequest(deps, alice, request, [{ ...vms[0]!, name: 'web-02' }]);

    expect(released.map((plan) => plan.id)).toEqual([request.planId]);
  });

  it('not on approval', async () => {
    const { world, deps, released, request } = await plannedWorld();

    await handleMessage(deps, world.say(bob, `/atlas approve ${request.id}`));

    expect((await deps.requests.get(request.id))?.state).toBe('approved');
    expect(released).toEqual([]);
  });
});
