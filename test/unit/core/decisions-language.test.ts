import { describe, expect, it } from 'vitest';
import { handleAction } from '../../../src/core/handle-action.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { planRequest } from '../../../src/core/plan-request.ts';
import type { Policy } from '../../../src/domain/policy.ts';
import { encodeButton } from '../../../src/domain/thread-view.ts';
import { alice, bob, carol, coreWorld, mallory, thread } from '../../support/core-world.ts';

/** A world whose thread speaks Italian, with alice's create planned and waiting for approval. */
async function italianPlan(policy: Partial<Policy> = {}) {
  const world = coreWorld(policy);
  await world.deps.conversations.setLanguage(thread, 'it');
  const replies = await handleMessage(
    world.deps,
    world.say(alice, '/atlas vm create web-01 --cores 2 --memory 2G'),
  );
  const id = /R-[0-9A-Z]{4}/.exec(replies[0]?.title ?? '')?.[0] ?? '';
  await planRequest(world.deps, id);
  const request = await world.deps.requests.get(id);
  if (!request?.planHash) throw new Error('planning did not produce a plan');
  return { world, request, replies };
}

describe('a request asked for in Italian', () => {
  it('is acknowledged in Italian and keeps its language', async () => {
    const { request, replies } = await italianPlan();

    expect(replies[0]).toMatchObject({
      title: `${request.id}: creazione di web-01`,
      text: 'Ricevuto, la pianifico.',
    });
    expect(request.language).toBe('it');
  });

  it('counts approvals in Italian', async () => {
    const { world, request } = await italianPlan({ requiredApprovals: 2 });

    const first = await handleMessage(world.deps, world.say(bob, 'approve'));
    const again = await handleMessage(world.deps, world.say(bob, 'approve'));

    expect(first[0]).toMatchObject({
      title: `${request.id}: approvazione 1 di 2 registrata.`,
      text: 'In attesa di altri approvatori.',
    });
    expect(again[0]?.title).toBe(`Hai già approvato ${request.id}.`);
  });

  it('refuses someone who may not approve, in Italian, naming the approvers', async () => {
    const { world, request } = await italianPlan();

    const replies = await handleMessage(world.deps, world.say(mallory, `approve ${request.id}`));

    expect(replies[0]).toMatchObject({
      title: `Non puoi approvare ${request.id}.`,
      text: 'Chi approva: bob, carol.',
      visibility: 'ephemeral',
    });
  });

  it('refuses self-approval in Italian', async () => {
    const { world, request } = await italianPlan({ approvers: ['console:alice', 'console:group:ops'] });

    const replies = await handleMessage(world.deps, world.say(alice, `approve ${request.id}`));

    expect(replies[0]).toMatchObject({
      title: `Hai chiesto tu ${request.id}, quindi deve approvarla qualcun altro.`,
      text: 'Chi approva: alice, gruppo ops.',
    });
  });

  it('says in Italian that a decided request has nothing left to reject', async () => {
    const { world, request } = await italianPlan();
    await handleMessage(world.deps, world.say(bob, 'approve'));

    const replies = await handleMessage(world.deps, world.say(carol, `reject ${request.id}`));

    expect(replies[0]?.title).toBe(`${request.id} è approvata: non c'è nulla da rifiutare.`);
  });

  it('keeps an Italian rejection without a reason with an Italian reason', async () => {
    const { world, request } = await italianPlan();

    await handleMessage(world.deps, world.say(bob, `reject ${request.id}`));

    expect(await world.deps.requests.get(request.id)).toMatchObject({
      state: 'rejected',
      reason: 'nessun motivo indicato',
    });
  });

  it('answers a button of an older plan in the language of its request', async () => {
    const { world, request } = await italianPlan();
    await world.deps.conversations.setLanguage(thread, 'en');

    const replies = await handleAction(world.deps, {
      eventId: 'old',
      thread,
      user: bob,
      value: encodeButton({ action: 'approve', requestId: request.id, planHash: '000000000000' }),
    });

    expect(replies[0]).toMatchObject({
      title: `Questo pulsante è di un piano precedente di ${request.id}.`,
      text: expect.stringContaining(`Decidi sul piano attuale ${request.planHash?.slice(0, 12)}`),
    });
  });

  it('answers a button it does not know in the language of the thread', async () => {
    const world = coreWorld();
    await world.deps.conversations.setLanguage(thread, 'it');

    const replies = await handleAction(world.deps, { eventId: 'x', thread, user: bob, value: 'nonsense' });

    expect(replies[0]).toMatchObject({ title: 'ATLAS non conosce questo pulsante.', kind: 'error' });
  });

  it('says in Italian that there is nothing waiting to approve', async () => {
    const world = coreWorld();
    await world.deps.conversations.setLanguage(thread, 'it');

    const replies = await handleMessage(world.deps, world.say(bob, 'approve'));

    expect(replies[0]).toMatchObject({
      title: "In questo thread non c'è nessuna richiesta in attesa di approvazione da approvare.",
      text: 'Indicane una: /atlas approve R-XXXX',
    });
  });
});

describe('a request asked for in English', () => {
  it('keeps the English words', async () => {
    const world = coreWorld({ requiredApprovals: 2 });
    const created = await handleMessage(world.deps, world.say(alice, 'vm create web-01'));
    const id = /R-[0-9A-Z]{4}/.exec(created[0]?.title ?? '')?.[0] ?? '';
    await planRequest(world.deps, id);

    const approved = await handleMessage(world.deps, world.say(bob, 'approve'));
    const unknown = await handleAction(world.deps, { eventId: 'x', thread, user: bob, value: 'nonsense' });

    expect(created[0]?.text).toBe('Got it, planning.');
    expect(approved[0]?.title).toBe(`${id}: approval 1 of 2 recorded.`);
    expect(unknown[0]).toMatchObject({
      title: 'That button is not one ATLAS knows.',
      text: 'Use the buttons on the latest plan card, or type /atlas approve R-XXXX.',
    });
  });
});
