import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from './fake-slack-state.ts';
import { SlackWorld } from './slack-world.ts';

describe('Slack in Italian (ATLAS_LANGUAGE=it)', () => {
  let world: SlackWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('starts the thread, shows the plan, asks for a reason and reports the result in Italian', async () => {
    world = await SlackWorld.start({ env: { ATLAS_LANGUAGE: 'it' } });

    await world.command('alice', 'vm create web-03 --cores 2');

    const starter = world.api.state.messages.find((m) => m.user === 'UATLAS' && !m.threadTs);
    expect(starter?.text).toBe('<@UALICE> ha chiesto: `/atlas vm create web-03 --cores 2`');
    const root = starter!.ts;
    await world.waitForText(root, /Piano R-[0-9A-Z]{4}: crea web-03/);
    await world.press('bob', 'Rifiuta', root);
    expect(world.api.state.views.at(-1)?.view).toMatchObject({
      title: { text: expect.stringMatching(/^Rifiuta R-/) },
      submit: { text: 'Rifiuta' },
    });
    await world.press('bob', 'Approva', root);
    const result = await world.waitForText(root, /completata: web-03 è in esecuzione/, 30_000);
    expect(result).toMatch(/Durata/);
    const card = world.thread(root).find((m) => /Piano R-/.test(plainText(m)))!;
    await world.idle();
    expect(plainText(card)).toMatch(/Approvata da bob alle \d\d:\d\d UTC/);
  }, 60_000);
});
