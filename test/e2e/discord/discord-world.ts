// The whole pipeline (real Redis, PostgreSQL, simulator, workers) behind the real discord.js client,
// which talks to the fake Discord: people act in the fake, ATLAS answers through the adapter.
import { DiscordAdapter } from '../../../src/chat/discord/discord-adapter.ts';
import { eventually } from '../../contract/chat-harness.ts';
import { recordingLogger } from '../../integration/store/recording-logger.ts';
import { PipelineWorld } from '../../support/pipeline-world.ts';
import { FakeDiscord } from './fake/fake-discord.ts';
import type { StoredMessage } from './fake/fake-state.ts';

export interface DiscordWorldOptions {
  /** The renderer's minimum time between two edits of a progress message (0: every event). */
  minUpdateIntervalMs?: number;
  /** Approvers in ATLAS_APPROVERS form; `bob` and `group` stand for bob's id and the approver role. */
  approvers?: 'bob' | 'group';
}

export class DiscordWorld {
  readonly fake: FakeDiscord;
  readonly pipeline: PipelineWorld;
  readonly adapter: DiscordAdapter;
  readonly log = recordingLogger();

  private constructor(fake: FakeDiscord, pipeline: PipelineWorld) {
    this.fake = fake;
    this.pipeline = pipeline;
    this.adapter = new DiscordAdapter({
      token: fake.state.token,
      applicationId: fake.state.applicationId,
      apiUrl: fake.apiUrl,
      deps: pipeline.runtime.deps,
      messages: pipeline.runtime.messages,
      logger: this.log,
    });
  }

  static async start(options: DiscordWorldOptions = {}): Promise<DiscordWorld> {
    const fake = await FakeDiscord.start();
    const { state } = fake;
    state.addPerson('alice');
    const bob = state.addPerson('bob', [state.approverRoleId]);
    state.addPerson('mallory');
    const approvers =
      options.approvers === 'group' ? `discord:group:${state.approverRoleId}` : `discord:${bob.user.id}`;
    const pipeline = await PipelineWorld.start({ render: false, env: { ATLAS_APPROVERS: approvers } });
    const world = new DiscordWorld(fake, pipeline);
    await world.adapter.start();
    await pipeline.renderTo(world.adapter.chat, options.minUpdateIntervalMs ?? 0);
    return world;
  }

  async close(): Promise<void> {
    await this.adapter.close();
    await this.pipeline.close();
    await this.fake.close();
  }

  /** Waits for a message in the channel whose shown text matches, and returns it. */
  waitFor(channelId: string, pattern: RegExp, timeoutMs = 20_000): Promise<StoredMessage> {
    return eventually(
      async () => this.fake.visible(channelId).findLast((m) => pattern.test(this.fake.text(m))),
      `a message matching ${pattern} in ${channelId}`,
      timeoutMs,
    );
  }

  /** Waits for the thread ATLAS starts on a message. */
  threadOn(messageId: string) {
    return eventually(async () => this.fake.thread(messageId), `a thread on message ${messageId}`);
  }

  /** Everything shown in a channel, one text per message. */
  texts(channelId: string): string[] {
    return this.fake.visible(channelId).map((m) => this.fake.text(m));
  }
}
