import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../contract/chat-harness.ts';
import { DiscordWorld } from './discord-world.ts';

describe('Discord: the /atlas slash command', () => {
  let world: DiscordWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  const acked = (w: DiscordWorld, id: string) =>
    eventually(async () => w.fake.state.interactions.get(id)?.acks[0], `the acknowledgement of ${id}`);

  it('defers at once, echoes the command, and runs create → approve → progress → result in a thread', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;

    const asked = fake.slash('alice', 'vm create', { name: 'web-02', cores: 2, memory: '2G' });
    const ack = await acked(world, asked);
    const original = await eventually(
      async () => fake.state.interactions.get(asked)?.originalId,
      'the reply',
    );
    const thread = await world.threadOn(original);
    const card = await world.waitFor(thread.id, /Plan R-[0-9A-Z]{4}: create web-02/);
    fake.press('bob', card, 'Approve');
    const result = await world.waitFor(thread.id, /done: web-02 is running/, 30_000);

    expect(ack.type).toBe(5);
    expect(ack.at - (fake.state.interactions.get(asked)?.dispatchedAt ?? 0)).toBeLessThan(3000);
    expect(fake.text(fake.state.messages.get(original)!)).toBe(
      '**alice**: `/atlas vm create web-02 --cores 2 --memory 2G`',
    );
    expect(thread.name).toBe('ATLAS: vm create web-02 --cores 2 --memory 2G');
    expect(world.texts(thread.id)[0]).toMatch(/^R-[0-9A-Z]{4}: create web-02\nGot it, planning\./);
    expect(fake.text(result)).toMatch(/ssh atlas@10\.\d+\.\d+\.\d+/);
    expect(world.pipeline.sim.state.vms().find((vm) => vm.config.name === 'web-02')?.config.cores).toBe(2);
  }, 60_000);

  it('answers help privately, without a thread or a public message', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;

    const asked = fake.slash('alice', 'help', { command: 'approve' });
    const ack = await acked(world, asked);
    await world.adapter.idle();

    expect(ack).toMatchObject({ type: 5, data: { flags: 64 } });
    const [help] = fake.privateTo('alice');
    expect(fake.text(help!)).toMatch(/approve/);
    expect(fake.visible(fake.state.general.id)).toEqual([]);
    expect(fake.thread(help!.id)).toBeUndefined();
  }, 60_000);

  it('refuses an option that is not a request id at once, privately, and starts nothing', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;

    const asked = fake.slash('bob', 'approve', { request: 'the big one' });
    const ack = await acked(world, asked);

    expect(ack).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(ack.data)).toMatch(/the big one is not a request id/);
    expect(fake.visible(fake.state.general.id)).toEqual([]);
  }, 60_000);

  it('suggests templates, nodes, and the caller’s VMs first', async () => {
    world = await DiscordWorld.start();
    const { fake } = world;
    const made = [
      ['alice', 'app-02'],
      ['mallory', 'app-01'],
    ].map(async ([who, name]) => {
      const thread = await world!.threadOn(fake.mention(who!, `vm create ${name}`));
      fake.press('bob', await world!.waitFor(thread.id, /Plan R-[0-9A-Z]{4}: create/), 'Approve');
      await world!.waitFor(thread.id, /done: .* is running/, 30_000);
    });
    await Promise.all(made);

    const templates = await acked(
      world,
      fake.autocomplete('alice', 'vm create', { name: 'x', template: 'deb' }, 'template'),
    );
    const nodes = await acked(
      world,
      fake.autocomplete('alice', 'vm create', { name: 'x', node: '' }, 'node'),
    );
    const names = await acked(world, fake.autocomplete('alice', 'vm status', { name: 'app' }, 'name'));

    expect(templates).toMatchObject({
      type: 8,
      data: { choices: [{ name: 'debian-12', value: 'debian-12' }] },
    });
    expect(((nodes.data?.choices ?? []) as { name: string }[]).map((c) => c.name).sort()).toEqual([
      'pve1',
      'pve2',
      'pve3',
    ]);
    expect(names.data?.choices).toEqual([
      { name: 'app-02', value: 'app-02' },
      { name: 'app-01', value: 'app-01' },
    ]);
  }, 60_000);
});
