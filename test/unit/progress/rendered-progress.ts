// A create asked, planned, approved and applied by a given engine in a thread that speaks a language,
// rendered by the ThreadRenderer: what the progress message says at the end.

import { applyRequest } from '../../../src/core/apply-request.ts';
import { createDelivery } from '../../../src/core/deliver.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { planRequest } from '../../../src/core/plan-request.ts';
import { ThreadRenderer } from '../../../src/core/thread-renderer.ts';
import type { Language } from '../../../src/domain/language.ts';
import type { Engine } from '../../../src/ports/engine.ts';
import { alice, bob, coreWorld, thread } from '../../support/core-world.ts';
import { MemoryMessageRefs, RecordingChat } from '../../support/recording-chat.ts';

export type World = ReturnType<typeof coreWorld>;

export async function renderedProgress(
  language: Language,
  engineOf: (world: World) => Engine,
  command = 'vm create web-01',
): Promise<{ lines: string[]; published: string[] }> {
  const world = coreWorld();
  const deps = { ...world.deps, engine: engineOf(world) };
  const chat = new RecordingChat();
  const deliver = createDelivery(chat, new MemoryMessageRefs());
  const renderer = new ThreadRenderer({ ...deps, deliver, ciUser: 'atlas', minUpdateIntervalMs: 0 });
  await deps.events.subscribe(renderer.onEvent);
  await deps.conversations.setLanguage(thread, language);
  const [reply] = await handleMessage(deps, world.say(alice, command));
  const id = reply?.title.slice(0, 6) ?? '';

  await planRequest(deps, id);
  await handleMessage(deps, world.say(bob, 'approve'));
  await applyRequest(deps, id, (await deps.requests.get(id))?.planHash);
  await renderer.idle();

  const progress = chat.calls.filter((c) => c.view.kind === 'progress');
  const published = deps.events.published.filter((e) => e.type === 'progress').map((e) => e.message);
  return { lines: progress.at(-1)?.view.text?.split('\n') ?? [], published };
}
