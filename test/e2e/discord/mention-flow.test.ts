import { afterEach, describe, expect, it } from 'vitest';
import { DiscordWorld } from './discord-world.ts';

describe('Discord: a request by mention, through the real discord.js client', () => {
  let world: DiscordWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('starts a thread on the mention and keeps plan, approval, progress and result in it', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;

    const asked = fake.mention('alice', 'vm create web-01 --cores 2');
    const thread = await world.threadOn(asked);
    const card = await world.waitFor(thread.id, /Plan R-[0-9A-Z]{4}: create web-01/);
    fake.press('bob', card, 'Approve');
    const result = await world.waitFor(thread.id, /done: web-01 is running/, 30_000);

    expect(thread).toMatchObject({
      parent_id: fake.state.general.id,
      name: 'ATLAS: vm create web-01 --cores 2',
    });
    expect(fake.text(result)).toMatch(/ssh atlas@10\.\d+\.\d+\.\d+/);
    expect(fake.text(fake.state.messages.get(card.id)!)).toMatch(/Approved by bob at/);
    expect(fake.state.messages.get(card.id)?.components).toEqual([]);
    const progress = world.texts(thread.id).filter((t) => /^R-\w+ (applying|succeeded) · /.test(t));
    expect(progress).toHaveLength(1);
    expect(fake.visible(fake.state.general.id).filter((m) => m.author.id === fake.state.bot.id)).toEqual([]);
    expect(world.pipeline.sim.state.vms().filter((vm) => vm.config.name === 'web-01')).toHaveLength(1);
  }, 60_000);
});
