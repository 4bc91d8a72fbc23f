// Discord in the contract suite: people mention ATLAS in #ops of the fake Discord, ATLAS starts a thread,
// buttons are pressed as Discord delivers them (a Reject opens a modal, which is filled and submitted),
// and everything is read back as a Discord client would show it.
import { DiscordWorld } from '../e2e/discord/discord-world.ts';
import type { StoredMessage } from '../e2e/discord/fake/fake-state.ts';
import { type ChatHarness, eventually, type HarnessThread, type Person } from './chat-harness.ts';

export async function discordHarness(): Promise<ChatHarness> {
  const world = await DiscordWorld.start();
  const { fake } = world;
  const fromAtlas = () =>
    [...fake.state.messages.values()].filter((m) => m.author.id === fake.state.bot.id).length;

  /** Runs `act` and waits until ATLAS has answered it with at least one new message. */
  const answered = async (act: () => void) => {
    const before = fromAtlas();
    act();
    await eventually(async () => (fromAtlas() > before ? true : undefined), 'an answer from ATLAS');
    await world.adapter.idle();
  };
  /** Runs an interaction and waits until ATLAS acknowledged it and finished handling it. */
  const acknowledged = async (act: () => string) => {
    const id = act();
    await eventually(
      async () => (fake.state.interactions.get(id)?.acks.length ? true : undefined),
      `the acknowledgement of interaction ${id}`,
    );
    await world.adapter.idle();
    return id;
  };

  return {
    name: 'discord',
    sim: world.pipeline.sim,
    close: () => world.close(),
    async start(person, text) {
      let asked = '';
      await answered(() => {
        asked = fake.mention(person, text);
      });
      const thread = await world.threadOn(asked);
      const shown = () => world.texts(thread.id);
      const mine = (who: Person) => (m: StoredMessage) =>
        m.content.startsWith(`<@${fake.state.person(who).user.id}>`);
      const self: HarnessThread = {
        say: (who, words) => answered(() => fake.say(who, words, thread)),
        async press(who, label, reason) {
          const card = fake.visible(thread.id).findLast((m) => fake.text(m).includes(`[${label}]`));
          if (!card) throw new Error(`no ${label} button in the thread`);
          const pressed = await acknowledged(() => fake.press(who, card, label));
          if (label === 'Reject') await acknowledged(() => fake.submitModal(who, pressed, reason ?? ''));
        },
        texts: async () => shown(),
        privateTo: async (who) =>
          [...fake.privateTo(who), ...fake.visible(thread.id).filter(mine(who))].map((m) => fake.text(m)),
        waitForText: (pattern, timeoutMs) =>
          eventually(async () => shown().find((t) => pattern.test(t)), `${pattern}`, timeoutMs),
      };
      return self;
    },
  };
}
