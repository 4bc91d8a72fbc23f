import type { webApi } from '@slack/bolt';
import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../ports/chat-platform.ts';
import type { Logger } from '../../ports/logger.ts';
import type { SlackMessage } from './block-kit.ts';
import { slackThread, slackUserId } from './inbound-mapping.ts';
import { clip, escapeMrkdwn } from './mrkdwn.ts';
import { type RenderOptions, renderBlocks } from './render-blocks.ts';
import { describeSlackError, isChannelProblem, slackErrorCode } from './slack-api-error.ts';
import type { UpdatePacer } from './update-pacer.ts';

export interface SlackPlatformOptions {
  client: webApi.WebClient;
  pacer: UpdatePacer;
  logger: Logger;
  render?: RenderOptions;
}

/** Slack as a ChatPlatform: every view in its thread, edits paced, overflow attached as a file. */
export class SlackPlatform implements ChatPlatform {
  readonly #client: webApi.WebClient;
  readonly #pacer: UpdatePacer;
  readonly #logger: Logger;
  readonly #render: RenderOptions;

  constructor(options: SlackPlatformOptions) {
    this.#client = options.client;
    this.#pacer = options.pacer;
    this.#logger = options.logger;
    this.#render = options.render ?? {};
  }

  render(view: ThreadView): SlackMessage {
    return renderBlocks(view, this.#render);
  }

  async post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    const { attachment, ...message } = this.render(view);
    const ts = await this.#call('posting a message', thread.channel, async () => {
      const posted = await this.#client.chat.postMessage({
        channel: thread.channel,
        thread_ts: thread.thread,
        unfurl_links: false,
        ...message,
      });
      return posted.ts ?? '';
    });
    this.#pacer.markSent(`${thread.channel}:${ts}`);
    if (attachment) await this.#attach(thread, attachment);
    return { thread, id: ts };
  }

  /** Returns at once: the edit is paced and sent later, and a newer edit of the same message replaces it. */
  async update(message: MessageRef, view: ThreadView): Promise<void> {
    const { attachment: _full, ...rendered } = this.render(view);
    const { channel } = message.thread;
    this.#pacer.schedule(`${channel}:${message.id}`, () =>
      this.#call('editing a message', channel, async () => {
        await this.#client.chat.update({ channel, ts: message.id, ...rendered });
      }),
    );
  }

  async postEphemeral(thread: ThreadRef, user: UserRef, view: ThreadView): Promise<void> {
    const { attachment: _full, ...message } = this.render(view);
    await this.#call('showing a private message', thread.channel, async () => {
      await this.#client.chat.postEphemeral({
        channel: thread.channel,
        user: slackUserId(user),
        thread_ts: thread.thread,
        ...message,
      });
    });
  }

  /** The visible start of a slash command's thread: "@alice asked: `/atlas vm create ...`" (`asked` in the thread's language). */
  async postStarter(channel: string, user: UserRef, command: string, asked = 'asked'): Promise<ThreadRef> {
    const text = `<@${slackUserId(user)}> ${asked}: \`${clip(escapeMrkdwn(command).replaceAll('`', "'"), 2900)}\``;
    const ts = await this.#call('starting a thread', channel, async () => {
      const posted = await this.#client.chat.postMessage({ channel, text, unfurl_links: false });
      return posted.ts ?? '';
    });
    return slackThread(channel, ts);
  }

  /** Deletes the message that started a thread (ATLAS's own), when nothing came of it. Best effort. */
  async withdraw(thread: ThreadRef): Promise<void> {
    try {
      await this.#client.chat.delete({ channel: thread.channel, ts: thread.thread });
    } catch (error) {
      this.#logger.debug(
        { err: error, channel: thread.channel },
        'could not delete an unused thread starter',
      );
    }
  }

  /** Resolves once every paced edit has been sent. */
  idle(): Promise<void> {
    return this.#pacer.idle();
  }

  async #attach(thread: ThreadRef, file: NonNullable<SlackMessage['attachment']>): Promise<void> {
    try {
      await this.#client.files.uploadV2({
        channel_id: thread.channel,
        thread_ts: thread.thread,
        content: file.content,
        filename: file.filename,
        title: file.title,
      });
    } catch (error) {
      this.#logger.warn(
        { err: error, channel: thread.channel, error: slackErrorCode(error) },
        'attaching the full text of a long message failed; the message shows it shortened. Check the files:write scope',
      );
    }
  }

  async #call<T>(doing: string, channel: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const described = describeSlackError(error, doing, channel);
      const code = slackErrorCode(error);
      this.#logger.warn(
        { channel, error: code, hint: described.hint },
        isChannelProblem(code)
          ? `Slack channel ${channel} needs an operator: ${described.message}`
          : described.message,
      );
      throw described;
    }
  }
}
