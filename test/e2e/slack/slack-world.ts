// The whole pipeline (real Redis, PostgreSQL, simulator, workers) behind ATLAS's Slack adapter, with a fake
// Slack on the other side: signed HTTP requests (or Socket Mode envelopes) in, recorded Web API calls out.

import type { CreateSlackOverrides } from '../../../src/chat/slack/create-slack-app.ts';
import { openRuntime, type Runtime } from '../../../src/cli/runtime.ts';
import { PipelineWorld } from '../../support/pipeline-world.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { type FakeMessage, findButton, plainText } from './fake-slack-state.ts';
import { FakeSocketMode } from './fake-socket-mode.ts';
import { RecordingLogger } from './recording-logger.ts';
import type { SlackReply } from './signed-request.ts';
import { type SlackBot, startSlackBot } from './slack-bot.ts';
import { appMentionEvent, blockActions, slashCommand, viewSubmission } from './slack-payloads.ts';
import { SlackSender } from './slack-sender.ts';

export const SIGNING_SECRET = 'test-signing-secret-0f9a8b7c6d5e4f3a';
export const BOT_TOKEN = 'xoxb-1234-5678-testtoken';
export type Person = 'alice' | 'bob' | 'mallory';

export interface SlackWorldOptions {
  mode?: 'http' | 'socket';
  /** Bot replicas sharing Redis and PostgreSQL (HTTP mode). */
  instances?: number;
  env?: Record<string, string>;
  overrides?: CreateSlackOverrides;
}

export function slackId(person: Person): string {
  return `U${person.toUpperCase()}`;
}

export class SlackWorld {
  readonly channel = 'C0OPS';
  readonly logger = new RecordingLogger();
  readonly bots: SlackBot[] = [];
  readonly #runtimes: Runtime[] = [];
  pipeline!: PipelineWorld;
  api!: FakeSlackApi;
  socket: FakeSocketMode | undefined;
  send!: SlackSender;

  static async start(options: SlackWorldOptions = {}): Promise<SlackWorld> {
    const world = new SlackWorld();
    world.api = await FakeSlackApi.start();
    if (options.mode === 'socket') {
      world.socket = await FakeSocketMode.start();
      world.api.socketUrl = world.socket.url;
    }
    world.pipeline = await PipelineWorld.start({
      render: false,
      env: {
        ATLAS_APPROVERS: 'slack:UBOB',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_API_URL: world.api.apiUrl,
        ...(options.mode === 'socket'
          ? { SLACK_APP_TOKEN: 'xapp-1-A0001-test' }
          : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
        ...options.env,
      },
    });
    for (let i = 0; i < (options.instances ?? 1); i += 1) {
      const runtime = i === 0 ? world.pipeline.runtime : await openRuntime(world.pipeline.runtime.options);
      if (i > 0) world.#runtimes.push(runtime);
      world.bots.push(await startSlackBot(runtime, world.logger, options.overrides));
    }
    world.send = new SlackSender(world.bots, world.socket, SIGNING_SECRET);
    await world.pipeline.renderTo(world.bots[0]!.adapter.chat, 0);
    return world;
  }

  /** `person` mentions ATLAS (in a thread when `threadTs` is given); the message is in the channel too. */
  async mention(person: Person, text: string, threadTs?: string): Promise<{ ts: string; reply: SlackReply }> {
    const message = this.api.state.add({
      channel: this.channel,
      user: slackId(person),
      text: `<@UATLAS> ${text}`,
      blocks: [],
      ...(threadTs ? { threadTs } : {}),
    });
    const payload = appMentionEvent({
      user: slackId(person),
      text: message.text,
      channel: this.channel,
      ts: message.ts,
      ...(threadTs ? { threadTs } : {}),
    });
    const reply = await this.send.event(payload);
    await this.idle();
    return { ts: message.ts, reply };
  }

  async command(person: Person, text: string): Promise<SlackReply> {
    const fields = slashCommand({
      user: slackId(person),
      name: person,
      text,
      channel: this.channel,
      responseUrl: this.api.responseUrl(slackId(person)),
    });
    const reply = await this.send.slash(fields);
    await this.idle();
    return reply;
  }

  /** Presses the button on the latest message of the thread that shows it. */
  async press(person: Person, label: string, rootTs: string): Promise<SlackReply> {
    const card = this.thread(rootTs).findLast((m) => findButton(m, label));
    const button = card && findButton(card, label);
    if (!card || !button) throw new Error(`no ${label} button in thread ${rootTs}`);
    const payload = blockActions({
      user: slackId(person),
      name: person,
      channel: this.channel,
      message: { ts: card.ts, ...(card.threadTs ? { threadTs: card.threadTs } : {}), blocks: card.blocks },
      actionId: button.action_id,
      value: button.value,
      responseUrl: this.api.responseUrl(slackId(person)),
    });
    const reply = await this.send.interaction(payload);
    await this.idle();
    return reply;
  }

  /** Submits the Reject modal that was opened last. */
  async submitReject(person: Person, reason: string | null): Promise<SlackReply> {
    const view = this.api.state.views.at(-1);
    if (!view) throw new Error('no modal was opened');
    const reply = await this.send.interaction(
      viewSubmission({ user: slackId(person), name: person, view, reason }),
    );
    await this.idle();
    return reply;
  }

  thread(rootTs: string): FakeMessage[] {
    return this.api.state.thread(this.channel, rootTs);
  }

  texts(rootTs: string): string[] {
    return this.thread(rootTs).map(plainText);
  }

  /** The first message of the thread whose text matches, once there is one. */
  async waitForText(rootTs: string, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.texts(rootTs).find((t) => pattern.test(t));
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${pattern}; thread:\n${this.texts(rootTs).join('\n---\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Waits until every bot has answered what it acknowledged and sent its paced edits. */
  async idle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const bot of this.bots) await bot.adapter.slack.idle();
  }

  async close(): Promise<void> {
    for (const bot of this.bots) await bot.close();
    for (const runtime of this.#runtimes) await runtime.close();
    await this.pipeline.close();
    await this.socket?.close();
    await this.api.close();
  }
}
