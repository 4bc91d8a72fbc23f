import { plainText } from '../e2e/slack/fake-slack-state.ts';
import { SlackWorld, slackId } from '../e2e/slack/slack-world.ts';
import { type ChatHarness, eventually, type HarnessThread } from './chat-harness.ts';

/**
 * The Slack adapter over HTTP, driven like Slack drives it: each thread starts with an `@atlas` mention;
 * buttons are pressed with signed block_actions (Reject through its modal); the thread is read back
 * from the fake Web API as a person would see it.
 */
export async function slackHarness(): Promise<ChatHarness> {
  const world = await SlackWorld.start();
  return {
    name: 'slack',
    sim: world.pipeline.sim,
    close: () => world.close(),
    async start(person, text) {
      const { ts: root } = await world.mention(person, text);
      const texts = () => world.texts(root);
      const thread: HarnessThread = {
        say: async (who, words) => {
          await world.mention(who, words, root);
        },
        async press(who, label, reason) {
          await world.press(who, label, root);
          if (label === 'Reject') await world.submitReject(who, reason ?? null);
        },
        // Edits are paced (one per message per second); the thread is read once they have landed.
        texts: async () => {
          await world.idle();
          return texts();
        },
        privateTo: async (who) => world.api.state.privateTo(slackId(who), world.channel, root).map(plainText),
        waitForText: (pattern, timeoutMs) =>
          eventually(async () => texts().find((t) => pattern.test(t)), `${pattern}`, timeoutMs),
      };
      return thread;
    },
  };
}
