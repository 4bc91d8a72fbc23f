import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from './fake-slack-state.ts';
import { appMentionEvent } from './slack-payloads.ts';
import { SlackWorld } from './slack-world.ts';

describe('Slack over HTTP: one answer per event, however often it arrives', () => {
  let world: SlackWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('answers a retried event (X-Slack-Retry-Num) once', async () => {
    world = await SlackWorld.start();
    const ts = world.api.state.nextTs();
    const payload = appMentionEvent({
      user: 'UALICE',
      text: '<@UATLAS> vm create once-01',
      channel: world.channel,
      ts,
    });

    const first = await world.send.event(payload);
    const retried = await world.send.event(payload, { retryNum: 1 });
    const again = await world.send.event(payload, { retryNum: 2 });
    await world.idle();

    expect([first.status, retried.status, again.status]).toEqual([200, 200, 200]);
    const answers = world.thread(ts).filter((m) => m.user === 'UATLAS');
    expect(answers.map(plainText)).toEqual([expect.stringMatching(/R-[0-9A-Z]{4}: create once-01/)]);
    expect(await world.pipeline.runtime.deps.requests.listByRequester('slack:UALICE')).toHaveLength(1);
  });

  it('answers once when two bot replicas sharing Redis both receive the same event', async () => {
    world = await SlackWorld.start({ instances: 2 });
    const ts = world.api.state.nextTs();
    const payload = appMentionEvent({
      user: 'UALICE',
      text: '<@UATLAS> vm create twice-01',
      channel: world.channel,
      ts,
    });

    const replies = await Promise.all([
      world.send.event(payload, { instance: 0 }),
      world.send.event(payload, { instance: 1 }),
    ]);
    await world.idle();

    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    expect(world.thread(ts).filter((m) => m.user === 'UATLAS')).toHaveLength(1);
    expect(await world.pipeline.runtime.deps.requests.listByRequester('slack:UALICE')).toHaveLength(1);
  });

  it('continues the conversation when ATLAS is mentioned inside its thread', async () => {
    world = await SlackWorld.start();
    const { ts: root } = await world.mention('alice', 'vm create thread-01');

    await world.mention('alice', 'templates', root);

    const answers = world.thread(root).filter((m) => m.user === 'UATLAS');
    expect(answers.map(plainText).join('\n')).toMatch(/ubuntu-24\.04/);
    expect(answers.every((m) => m.threadTs === root)).toBe(true);
    expect(world.api.state.messages.filter((m) => m.user === 'UATLAS' && !m.threadTs)).toEqual([]);
  });
});
