import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from './fake-slack-state.ts';
import { appMentionEvent } from './slack-payloads.ts';
import { SlackWorld } from './slack-world.ts';

describe('Slack over Socket Mode', () => {
  let world: SlackWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('connects with the app token and serves the whole flow over envelopes, acking each', async () => {
    world = await SlackWorld.start({ mode: 'socket' });
    expect(world.socket?.connections).toBe(1);
    const open = world.api.callsOf('apps.connections.open')[0];
    expect(open?.token).toBe('xapp-1-A0001-test');

    await world.command('alice', 'vm create sock-01');
    const root = world.api.state.messages.find((m) => m.user === 'UATLAS' && !m.threadTs)!.ts;
    const deadline = Date.now() + 20_000;
    while (!world.texts(root).some((t) => /Plan R-/.test(t)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    await world.press('bob', 'Approve', root);
    while (
      !world.texts(root).some((t) => /done: sock-01 is running/.test(t)) &&
      Date.now() < deadline + 10_000
    )
      await new Promise((resolve) => setTimeout(resolve, 25));

    expect(world.texts(root).join('\n')).toMatch(/done: sock-01 is running/);
    expect(world.socket!.acks).toHaveLength(2);
    expect(world.socket!.acks.every((a) => a.ms < 3000)).toBe(true);
  }, 60_000);

  it('acks a redelivered envelope and answers the event once', async () => {
    world = await SlackWorld.start({ mode: 'socket' });
    const ts = world.api.state.nextTs();
    const payload = appMentionEvent({
      user: 'UALICE',
      text: '<@UATLAS> vm create sock-02',
      channel: world.channel,
      ts,
    });

    await world.send.event(payload);
    await world.send.event(payload, { retryNum: 1 });
    await world.idle();

    expect(world.socket!.acks).toHaveLength(2);
    expect(
      world
        .thread(ts)
        .filter((m) => m.user === 'UATLAS')
        .map(plainText),
    ).toEqual([expect.stringMatching(/R-[0-9A-Z]{4}: create sock-02/)]);
  });
});
