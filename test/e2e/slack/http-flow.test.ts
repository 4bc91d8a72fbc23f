import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from './fake-slack-state.ts';
import { SlackWorld } from './slack-world.ts';

describe('Slack over HTTP: a create from slash command to result, all in one thread', () => {
  let world: SlackWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('acks at once, starts a visible thread, and keeps plan, approval, progress and result in it', async () => {
    world = await SlackWorld.start();

    const ack = await world.command('alice', 'vm create web-01 --cores 2');

    expect(ack.status).toBe(200);
    expect(ack.body).toBe('');
    expect(ack.ms).toBeLessThan(3000);
    const starter = world.api.state.messages.find((m) => m.user === 'UATLAS' && !m.threadTs);
    expect(starter?.text).toBe('<@UALICE> asked: `/atlas vm create web-01 --cores 2`');
    const root = starter!.ts;
    await world.waitForText(root, /Plan R-[0-9A-Z]{4}: create web-01/);
    const card = world.thread(root).find((m) => /Plan R-/.test(plainText(m)))!;
    const buttons = (
      card.blocks as { type: string; elements?: { style?: string; action_id: string }[] }[]
    ).find((b) => b.type === 'actions');
    expect(buttons?.elements?.map((e) => [e.action_id, e.style])).toEqual([
      ['atlas_approve', 'primary'],
      ['atlas_reject', 'danger'],
    ]);

    await world.press('bob', 'Approve', root);

    const result = await world.waitForText(root, /done: web-01 is running/, 30_000);
    expect(result).toMatch(/ssh atlas@10\.\d+\.\d+\.\d+/);
    await world.idle();
    expect(plainText(card)).toMatch(/Approved by bob at \d\d:\d\d UTC/);
    expect(plainText(card)).not.toMatch(/\[Approve\]/);
    const thread = world.thread(root);
    expect(world.api.state.messages.filter((m) => m.user === 'UATLAS' && !m.threadTs)).toHaveLength(1);
    expect(thread.every((m) => m.ts === root || m.threadTs === root)).toBe(true);
    const progress = thread.filter((m) =>
      /R-[0-9A-Z]{4} (applying|configuring|succeeded) ·/.test(plainText(m)),
    );
    expect(progress).toHaveLength(1);
    expect(plainText(progress[0]!)).toMatch(/succeeded/);
    expect(thread.at(-1)).toBe(thread.find((m) => /done: web-01/.test(plainText(m))));
    expect(plainText(thread.at(-1)!)).toMatch(/bob · (approval recorded|request approved)/);

    await world.command('mallory', 'vm stop web-01');

    const refused = world.api.state.privateTo('UMALLORY').map(plainText).join('\n');
    expect(refused).toMatch(/You cannot stop web-01\./);
    expect(world.api.callsOf('chat.delete')).toHaveLength(1);
    expect(world.api.state.messages.filter((m) => m.user === 'UATLAS' && !m.threadTs)).toHaveLength(1);
  }, 60_000);

  it('edits the progress message in place, never twice within a second', async () => {
    world = await SlackWorld.start();
    await world.command('alice', 'vm create web-02 --count 3');
    const root = world.api.state.messages.find((m) => m.user === 'UATLAS' && !m.threadTs)!.ts;
    await world.waitForText(root, /Plan R-/);

    await world.press('bob', 'Approve', root);
    await world.waitForText(root, /done: 3 VMs are running/, 30_000);
    await world.idle();

    const progress = world
      .thread(root)
      .find((m) => /R-[0-9A-Z]{4} (applying|configuring|succeeded) ·/.test(plainText(m)))!;
    const edits = world.api.callsOf('chat.update').filter((c) => c.args.ts === progress.ts);
    expect(edits.length).toBeGreaterThan(0);
    const times = [progress.versions[0]!.at, ...edits.map((c) => c.at)];
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(950);
    expect(plainText(progress)).toMatch(/succeeded/);
  }, 60_000);
});
