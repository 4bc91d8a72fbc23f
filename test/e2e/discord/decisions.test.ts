import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../contract/chat-harness.ts';
import { DiscordWorld, type DiscordWorldOptions } from './discord-world.ts';

describe('Discord: approving and rejecting with the plan card buttons', () => {
  let world: DiscordWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function planFor(name: string, options: DiscordWorldOptions = {}) {
    world = await DiscordWorld.start(options);
    const thread = await world.threadOn(world.fake.mention('alice', `vm create ${name}`));
    const card = await world.waitFor(thread.id, new RegExp(`Plan R-[0-9A-Z]{4}: create ${name}`));
    return { world, fake: world.fake, thread, card };
  }

  it('lets a member of the approver role approve (ATLAS_APPROVERS=discord:group:<roleId>)', async () => {
    const { world, fake, thread, card } = await planFor('role-01', { approvers: 'group' });

    fake.press('bob', card, 'Approve');

    await world.waitFor(thread.id, /done: role-01 is running/, 30_000);
    expect(fake.text(fake.state.messages.get(card.id)!)).toMatch(/Approved by bob/);
    expect(fake.text(fake.state.messages.get(card.id)!)).toMatch(/Approvers: @platform/);
  }, 60_000);

  it('tells a non-approver privately who may approve, and leaves the card as it was', async () => {
    const { world, fake, card } = await planFor('web-05');
    const before = fake.text(card);

    const pressed = fake.press('mallory', card, 'Approve');
    await eventually(async () => fake.privateTo('mallory')[0], 'a private answer to mallory');
    await world.adapter.idle();

    expect(fake.state.interactions.get(pressed)?.acks.map((a) => a.type)).toEqual([6]);
    const [told] = fake.privateTo('mallory');
    expect(fake.text(told!)).toMatch(/You cannot approve R-[0-9A-Z]{4}\.\nApprovers: @bob\./);
    expect(fake.text(fake.state.messages.get(card.id)!)).toBe(before);
    expect(
      await world.pipeline.runtime.deps.requests.listByRequester(
        `discord:${fake.state.person('alice').user.id}`,
      ),
    ).toMatchObject([{ state: 'awaiting_approval' }]);
  }, 60_000);

  it('asks for a reason in a modal, and rejects with it', async () => {
    const { world, fake, thread, card } = await planFor('web-06');

    const pressed = fake.press('bob', card, 'Reject');
    const modal = await eventually(
      async () => fake.state.interactions.get(pressed)?.acks.find((a) => a.type === 9)?.data,
      'the reason modal',
    );
    fake.submitModal('bob', pressed, 'not this sprint');

    const rejected = await world.waitFor(thread.id, /Rejected by bob at \d\d:\d\d UTC: not this sprint\./);
    expect(rejected.id).toBe(card.id);
    expect(rejected.components).toEqual([]);
    expect(String(modal.custom_id)).toMatch(/^reason:reject:R-[0-9A-Z]{4}:[0-9a-f]{12}$/);
    expect(String(modal.custom_id).length).toBeLessThanOrEqual(100);
    expect(modal.title).toMatch(/^Reject R-[0-9A-Z]{4}$/);
    expect(world.pipeline.sim.state.vms().filter((vm) => vm.config.name === 'web-06')).toHaveLength(0);
  }, 60_000);

  it('counts a double click once', async () => {
    const { world, fake, thread, card } = await planFor('web-07');

    fake.press('bob', card, 'Approve');
    fake.press('bob', card, 'Approve');

    await world.waitFor(thread.id, /done: web-07 is running/, 30_000);
    await world.adapter.idle();
    const audit = await world.pipeline.runtime.deps.audit.list({});
    expect(audit.filter((e) => e.action === 'approval.recorded')).toHaveLength(1);
    expect(world.pipeline.sim.state.vms().filter((vm) => vm.config.name === 'web-07')).toHaveLength(1);
  }, 60_000);
});
