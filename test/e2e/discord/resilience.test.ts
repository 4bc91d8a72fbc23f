import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../../src/chat/discord/discord-adapter.ts';
import type { CoreDeps } from '../../../src/core/deps.ts';
import type { MessageRefs } from '../../../src/ports/message-refs.ts';
import { eventually } from '../../contract/chat-harness.ts';
import { silentLogger } from '../../support/memory-ports.ts';
import { DiscordWorld } from './discord-world.ts';
import { FakeDiscord } from './fake/fake-discord.ts';
import { ALL_PERMISSIONS } from './fake/fake-state.ts';

describe('Discord: rate limits, reconnects, permissions, several processes', () => {
  let world: DiscordWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('honours a 429 on a message edit and still shows the final state', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;
    const thread = await world.threadOn(fake.mention('alice', 'vm create web-08'));
    const card = await world.waitFor(thread.id, /Plan R-[0-9A-Z]{4}: create web-08/);
    fake.script('PATCH', new RegExp(`/channels/${thread.id}/messages/${card.id}$`), {
      status: 429,
      headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
    });

    fake.press('bob', card, 'Approve');

    await world.waitFor(thread.id, /done: web-08 is running/, 30_000);
    await eventually(
      async () => (/Approved by bob/.test(fake.text(fake.state.messages.get(card.id)!)) ? true : undefined),
      'the edited card',
    );
    const edits = fake.rest.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(card.id));
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(edits[1]!.at - edits[0]!.at).toBeGreaterThanOrEqual(290);
  }, 60_000);

  it('resumes the gateway session after a disconnect and answers what was said meanwhile', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;
    await eventually(async () => (fake.gateway.heartbeats > 0 ? true : undefined), 'a heartbeat');

    fake.gateway.drop();
    const asked = fake.mention('alice', 'vm list');
    const thread = await world.threadOn(asked);
    await world.waitFor(thread.id, /ATLAS manages no VMs yet|VM\(s\)/);

    expect(fake.gateway.identifies).toBe(1);
    expect(fake.gateway.resumes).toBe(1);
    expect(world.log.lines.some((l) => /session resumed/.test(l.message))).toBe(true);
  }, 60_000);

  it('notices a connection that stopped answering heartbeats, and resumes', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;

    fake.gateway.ackHeartbeats = false;
    const asked = fake.mention('alice', 'templates');
    await eventually(async () => (fake.gateway.resumes > 0 ? true : undefined), 'a resume', 10_000);
    fake.gateway.ackHeartbeats = true;

    const thread = await world.threadOn(asked);
    await world.waitFor(thread.id, /2 template\(s\)/);
    expect(fake.gateway.identifies).toBe(1);
  }, 60_000);

  it('answers in the channel, naming the permission, when it cannot start threads there', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;
    fake.state.general.permissions = ALL_PERMISSIONS & ~PermissionFlagsBits.CreatePublicThreads;

    const asked = fake.mention('alice', 'vm create web-09');

    const warning = await world.waitFor(fake.state.general.id, /cannot start a thread here/);
    expect(fake.text(warning)).toMatch(/Create Public Threads/);
    expect(warning.reference).toBe(asked);
    await world.waitFor(fake.state.general.id, /Plan R-[0-9A-Z]{4}: create web-09/);
    expect(fake.thread(asked)).toBeUndefined();
    expect(world.log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        fields: expect.objectContaining({ permission: 'Create Public Threads' }),
      }),
    );
  }, 60_000);

  it('tells a slash command user which permissions ATLAS lacks in the channel', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;
    fake.state.general.permissions = ALL_PERMISSIONS & ~PermissionFlagsBits.EmbedLinks;

    fake.slash('alice', 'templates');

    const told = await eventually(async () => fake.privateTo('alice')[0], 'a private warning');
    expect(fake.text(told)).toMatch(/ATLAS is missing permissions in this channel: Embed Links\./);
    await eventually(
      async () => world?.log.lines.find((l) => /Missing Permissions|Embed Links/.test(JSON.stringify(l))),
      'a log entry naming the permission',
    );
  }, 60_000);

  it('says what to change when Discord refuses the token or the intents', async () => {
    const fake = await FakeDiscord.start();
    const adapter = (token: string) =>
      new DiscordAdapter({
        token,
        applicationId: fake.state.applicationId,
        apiUrl: fake.apiUrl,
        deps: {} as CoreDeps,
        messages: {} as MessageRefs,
        logger: silentLogger,
      });
    try {
      const wrongToken = adapter('not-the-token');
      await expect(wrongToken.start()).rejects.toThrow(/Discord refused the bot token \(DISCORD_TOKEN\)/);
      await wrongToken.close();

      fake.state.messageContentIntent = false;
      const noIntent = adapter(fake.state.token);
      await expect(noIntent.start()).rejects.toMatchObject({
        message: 'Discord refused the gateway intents ATLAS asks for.',
        hint: expect.stringMatching(/Message Content Intent/),
      });
      await noIntent.close();
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('answers once when two bot processes get the same events, and once for a re-delivered message', async () => {
    world = await DiscordWorld.start();
    const { fake, pipeline } = world;
    const second = new DiscordAdapter({
      token: fake.state.token,
      applicationId: fake.state.applicationId,
      apiUrl: fake.apiUrl,
      deps: pipeline.runtime.deps,
      messages: pipeline.runtime.messages,
      logger: silentLogger,
    });
    await second.start();
    try {
      const fromAtlas = (channelId: string) =>
        fake.visible(channelId).filter((m) => m.author.id === fake.state.bot.id);
      const asked = fake.mention('alice', 'vm create web-10');
      const thread = await world.threadOn(asked);
      await world.waitFor(thread.id, /Plan R-[0-9A-Z]{4}: create web-10/);
      fake.redeliver(asked);
      fake.slash('alice', 'vm list');
      await eventually(async () => fromAtlas(fake.state.general.id)[0], 'the echo of the slash command');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await Promise.all([world.adapter.idle(), second.idle(), world.pipeline.renderer.idle()]);

      expect(world.texts(thread.id).filter((t) => /^R-[0-9A-Z]{4}: create web-10/.test(t))).toHaveLength(1);
      expect(world.texts(thread.id).filter((t) => /^Plan R-/.test(t))).toHaveLength(1);
      expect(fromAtlas(fake.state.general.id)).toHaveLength(1);
      expect(
        fake.rest.requests
          .filter((r) => r.path.endsWith('/callback'))
          .map((r) => r.status)
          .sort(),
      ).toEqual([204, 400]);
    } finally {
      await second.close();
    }
  }, 60_000);
});
