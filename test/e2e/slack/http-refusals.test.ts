import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRequest, sendSigned } from './signed-request.ts';
import { appMentionEvent } from './slack-payloads.ts';
import { SIGNING_SECRET, SlackWorld } from './slack-world.ts';

describe('Slack over HTTP: requests that must never reach the core', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await SlackWorld.start();
  });
  afterAll(async () => {
    await world.close();
  });

  const mention = (text: string) =>
    eventRequest(
      appMentionEvent({
        user: 'UALICE',
        text: `<@UATLAS> ${text}`,
        channel: world.channel,
        ts: world.api.state.nextTs(),
      }),
    );

  it('refuses a request signed with the wrong secret, and logs it', async () => {
    const { body, type } = mention('vm create forged-01');
    const before = world.api.calls.length;

    const reply = await sendSigned(world.bots[0]!.eventsUrl, SIGNING_SECRET, body, type, {
      secret: 'not-the-secret-at-all',
    });
    await world.idle();

    expect(reply.status).toBe(401);
    expect(world.api.calls.slice(before)).toEqual([]);
    expect(await world.pipeline.runtime.deps.requests.listByRequester('slack:UALICE')).toEqual([]);
    const logged = world.logger.problems(/verify/i).at(-1);
    expect(logged?.message).toMatch(/signature/i);
    expect(String(logged?.fields.hint)).toMatch(/SLACK_SIGNING_SECRET/);
  });

  it('refuses a correctly signed request older than five minutes, and logs it', async () => {
    const { body, type } = mention('vm create stale-01');
    const before = world.api.calls.length;

    const reply = await sendSigned(world.bots[0]!.eventsUrl, SIGNING_SECRET, body, type, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    await world.idle();

    expect(reply.status).toBe(401);
    expect(world.api.calls.slice(before)).toEqual([]);
    expect(await world.pipeline.runtime.deps.requests.listByRequester('slack:UALICE')).toEqual([]);
    expect(world.logger.problems(/stale|5 minutes/i)).not.toHaveLength(0);
  });

  it('answers Slack URL verification with the challenge', async () => {
    const { body, type } = eventRequest({ token: 'x', challenge: 'c-3f8e1a', type: 'url_verification' });

    const reply = await sendSigned(world.bots[0]!.eventsUrl, SIGNING_SECRET, body, type);

    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ challenge: 'c-3f8e1a' });
  });

  it('refuses anything but POST on the events path', async () => {
    const reply = await fetch(world.bots[0]!.eventsUrl);

    expect(reply.status).toBe(405);
  });

  it('never logs the bot token or the signing secret', () => {
    const logged = JSON.stringify(world.logger.entries);

    expect(logged).not.toContain('xoxb-1234-5678-testtoken');
    expect(logged).not.toContain(SIGNING_SECRET);
  });
});
