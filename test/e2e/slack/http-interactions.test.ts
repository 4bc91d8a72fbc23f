import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from './fake-slack-state.ts';
import { SlackWorld } from './slack-world.ts';

describe('Slack over HTTP: buttons, the reject dialog and private answers', () => {
  let world: SlackWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function planned(w: SlackWorld, name: string): Promise<string> {
    const { ts } = await w.mention('alice', `vm create ${name}`);
    const deadline = Date.now() + 20_000;
    while (!w.texts(ts).some((t) => /Plan R-/.test(t))) {
      if (Date.now() > deadline) throw new Error('no plan card');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return ts;
  }

  it('tells a non-approver privately who can approve, and leaves the card alone', async () => {
    world = await SlackWorld.start();
    const root = await planned(world, 'web-10');
    const card = world.thread(root).find((m) => /Plan R-/.test(plainText(m)))!;

    const reply = await world.press('mallory', 'Approve', root);

    expect(reply.status).toBe(200);
    const told = world.api.state.privateTo('UMALLORY', world.channel, root).map(plainText).join('\n');
    expect(told).toMatch(/You cannot approve R-[0-9A-Z]{4}\./);
    expect(told).toMatch(/Approvers: @bob/);
    expect(card.versions).toHaveLength(1);
    expect(world.api.callsOf('chat.update')).toEqual([]);
  });

  it('opens a dialog for Reject and rejects with the reason given', async () => {
    world = await SlackWorld.start();
    const root = await planned(world, 'web-11');

    await world.press('bob', 'Reject', root);
    const opened = world.api.state.views.at(-1);
    await world.submitReject('bob', 'not this sprint');
    const deadline = Date.now() + 10_000;
    while (!world.texts(root).some((t) => /Rejected by bob/.test(t)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));

    expect(opened?.view).toMatchObject({ type: 'modal', callback_id: 'atlas_reject_reason' });
    expect(world.texts(root).join('\n')).toMatch(/Rejected by bob at \d\d:\d\d UTC: not this sprint\./);
    expect(world.pipeline.sim.state.vms().filter((vm) => vm.config.name === 'web-11')).toHaveLength(0);
  });

  it('answers help and usage mistakes of a slash command privately, without a thread', async () => {
    world = await SlackWorld.start();

    await world.command('alice', 'help approve');
    await world.command('alice', 'vm create web-12 --memroy 4G');

    const told = world.api.state.privateTo('UALICE');
    expect(told.map((e) => e.via)).toEqual(['response_url', 'response_url']);
    expect(plainText(told[0]!)).toMatch(/approve/);
    expect(plainText(told[1]!)).toMatch(/Did you mean --memory\?/);
    expect(world.api.callsOf('response_url').map((c) => c.args.response_type)).toEqual([
      'ephemeral',
      'ephemeral',
    ]);
    expect(world.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it('says why when ATLAS is not in the channel, to the person and to the operator', async () => {
    world = await SlackWorld.start();
    world.api.fail('chat.postMessage', { error: 'not_in_channel' });

    await world.command('alice', 'vm create web-13');

    const told = world.api.state.privateTo('UALICE').map(plainText).join('\n');
    expect(told).toMatch(/not a member of that channel \(not_in_channel\)/);
    expect(told).toMatch(/\/invite @ATLAS/);
    const logged = world.logger.problems(/needs an operator/).at(-1);
    expect(logged?.fields).toMatchObject({ channel: world.channel, error: 'not_in_channel' });
    expect(await world.pipeline.runtime.deps.requests.listByRequester('slack:UALICE')).toEqual([]);
  });

  it('waits out a 429 on chat.update and still makes the edit', async () => {
    world = await SlackWorld.start();
    const root = await planned(world, 'web-14');
    world.api.fail('chat.update', { status: 429, retryAfter: 1 });

    await world.press('bob', 'Approve', root);
    const deadline = Date.now() + 20_000;
    while (!world.texts(root).some((t) => /Approved by bob/.test(t)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));

    const card = world.thread(root).find((m) => /Plan R-/.test(plainText(m)))!;
    const edits = world.api.callsOf('chat.update').filter((c) => c.args.ts === card.ts);
    expect(edits.map((c) => c.outcome).slice(0, 2)).toEqual(['http 429', 'ok']);
    expect(edits[1]!.at - edits[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(plainText(card)).toMatch(/Approved by bob/);
  });
});
