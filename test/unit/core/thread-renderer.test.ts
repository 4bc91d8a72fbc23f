import { describe, expect, it } from 'vitest';
import { applyRequest } from '../../../src/core/apply-request.ts';
import { createDelivery } from '../../../src/core/deliver.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { planRequest } from '../../../src/core/plan-request.ts';
import { ThreadRenderer } from '../../../src/core/thread-renderer.ts';
import { alice, bob, coreWorld } from '../../support/core-world.ts';
import { type ChatCall, MemoryMessageRefs, RecordingChat } from '../../support/recording-chat.ts';

function renderedWorld(minUpdateIntervalMs: number) {
  const world = coreWorld();
  const chat = new RecordingChat();
  const renderer = new ThreadRenderer({
    ...world.deps,
    deliver: createDelivery(chat, new MemoryMessageRefs()),
    ciUser: 'atlas',
    minUpdateIntervalMs,
  });
  return { world, chat, renderer };
}

describe('ThreadRenderer', () => {
  it('posts the plan card, edits it when approved, and posts the result as a new message', async () => {
    const { world, chat, renderer } = renderedWorld(0);
    await world.deps.events.subscribe(renderer.onEvent);
    const [reply] = await handleMessage(world.deps, world.say(alice, 'vm create web-01'));
    const id = reply?.title.slice(0, 6) ?? '';

    await planRequest(world.deps, id);
    await handleMessage(world.deps, world.say(bob, 'approve'));
    await applyRequest(world.deps, id, (await world.deps.requests.get(id))?.planHash);
    await renderer.idle();

    const card = chat.calls.find(
      (c): c is Extract<ChatCall, { op: 'post' }> => c.view.kind === 'plan' && c.op === 'post',
    );
    expect(card?.view.buttons?.map((b) => b.command)).toEqual([
      `/atlas approve ${id}`,
      `/atlas reject ${id}`,
    ]);
    const decided = chat.calls.find((c) => c.view.kind === 'plan' && c.op === 'update');
    expect(decided).toMatchObject({
      id: card?.id,
      view: { tone: 'success', text: expect.stringMatching(/^Approved by bob at 14:00 UTC/) },
    });
    expect(decided?.view.buttons).toBeUndefined();
    const result = chat.calls.at(-1);
    expect(result).toMatchObject({
      op: 'post',
      view: { kind: 'result', title: `${id} done: web-01 is running` },
    });
    expect(result?.view.fields?.[0]?.value).toContain('ssh atlas@10.0.0.1');
    expect(renderer.shownState(id)).toBe('succeeded');
  });

  it('coalesces a burst of progress into few edits of one message', async () => {
    const { world, chat, renderer } = renderedWorld(200);
    await world.deps.events.subscribe(renderer.onEvent);
    const [reply] = await handleMessage(world.deps, world.say(alice, 'vm create web-01'));
    const id = reply?.title.slice(0, 6) ?? '';
    await planRequest(world.deps, id);
    await handleMessage(world.deps, world.say(bob, 'approve'));
    await world.deps.requests.transition(id, ['approved'], 'applying');
    const request = await world.deps.requests.get(id);

    for (let i = 0; i < 20; i += 1) {
      await world.deps.events.publish({
        id: `p${i}`,
        requestId: id,
        thread: request!.thread,
        at: '',
        type: 'progress',
        message: `step ${i}`,
      });
    }
    await renderer.idle();

    const progress = chat.calls.filter((c) => c.view.kind === 'progress');
    expect(progress.length).toBeLessThanOrEqual(3);
    expect(progress.filter((c) => c.op === 'post')).toHaveLength(1);
    expect(progress.at(-1)?.view.text).toContain('step 19');
  });

  it('spends nothing on events that change nothing in the thread', async () => {
    const { world, renderer } = renderedWorld(0);
    await world.deps.events.subscribe(renderer.onEvent);
    const [reply] = await handleMessage(world.deps, world.say(alice, 'vm create web-01'));

    await planRequest(world.deps, reply?.title.slice(0, 6) ?? '');
    await renderer.idle();

    const published = world.deps.events.published;
    const claimed = [...world.deps.claims.keys].filter((k) => k.startsWith('render:'));
    expect(published.filter((e) => e.type === 'state')).toHaveLength(2);
    expect(claimed).toEqual(published.filter((e) => e.type === 'plan.ready').map((e) => `render:${e.id}`));
  });

  it('renders each event once even when two renderers receive it', async () => {
    const { world, chat, renderer } = renderedWorld(0);
    const second = new ThreadRenderer({
      ...world.deps,
      deliver: createDelivery(chat, new MemoryMessageRefs()),
      ciUser: 'atlas',
    });
    await world.deps.events.subscribe(renderer.onEvent);
    await world.deps.events.subscribe(second.onEvent);
    const [reply] = await handleMessage(world.deps, world.say(alice, 'vm create web-01'));

    await planRequest(world.deps, reply?.title.slice(0, 6) ?? '');
    await Promise.all([renderer.idle(), second.idle()]);

    expect(chat.calls.filter((c) => c.view.kind === 'plan')).toHaveLength(1);
  });
});
