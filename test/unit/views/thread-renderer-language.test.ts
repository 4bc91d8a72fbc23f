import { describe, expect, it } from 'vitest';
import { applyRequest } from '../../../src/core/apply-request.ts';
import { createDelivery } from '../../../src/core/deliver.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { planRequest } from '../../../src/core/plan-request.ts';
import { ThreadRenderer } from '../../../src/core/thread-renderer.ts';
import type { Language } from '../../../src/domain/language.ts';
import { alice, bob, coreWorld, thread } from '../../support/core-world.ts';
import { MemoryMessageRefs, RecordingChat } from '../../support/recording-chat.ts';

/** A create asked, planned, approved and applied in a thread that speaks `language`; what the chat saw. */
async function renderedCreate(language: Language) {
  const world = coreWorld();
  const chat = new RecordingChat();
  const deliver = createDelivery(chat, new MemoryMessageRefs());
  const renderer = new ThreadRenderer({ ...world.deps, deliver, ciUser: 'atlas', minUpdateIntervalMs: 0 });
  await world.deps.events.subscribe(renderer.onEvent);
  await world.deps.conversations.setLanguage(thread, language);
  const [reply] = await handleMessage(world.deps, world.say(alice, 'vm create web-01'));
  const id = reply?.title.slice(0, 6) ?? '';

  await planRequest(world.deps, id);
  await handleMessage(world.deps, world.say(bob, 'approve'));
  await applyRequest(world.deps, id, (await world.deps.requests.get(id))?.planHash);
  await renderer.idle();

  const views = (kind: string) => chat.calls.filter((c) => c.view.kind === kind).map((c) => c.view);
  return { id, plans: views('plan'), progress: views('progress'), results: views('result') };
}

describe('ThreadRenderer in the language of the request', () => {
  it('shows the plan card, the decision, the progress and the result in Italian', async () => {
    const { id, plans, progress, results } = await renderedCreate('it');

    expect(plans[0]?.title).toBe(`Piano ${id}: crea web-01`);
    expect(plans[0]?.buttons?.map((b) => b.label)).toEqual(['Approva', 'Rifiuta']);
    expect(plans[1]?.text).toBe('Approvata da bob alle 14:00 UTC.');
    expect(progress[0]?.title).toMatch(new RegExp(`^${id} in applicazione · \\d+s$`));
    expect(progress[0]?.text?.split('\n')[0]).toBe('applicazione del piano approvato');
    expect(results[0]?.title).toBe(`${id} completata: web-01 è in esecuzione`);
  });

  it('shows them in English as before', async () => {
    const { id, plans, progress, results } = await renderedCreate('en');

    expect(plans[0]?.title).toBe(`Plan ${id}: create web-01`);
    expect(plans[1]?.text).toBe('Approved by bob at 14:00 UTC.');
    expect(progress[0]?.text?.split('\n')[0]).toBe('applying the approved plan');
    expect(results[0]?.title).toBe(`${id} done: web-01 is running`);
  });
});
