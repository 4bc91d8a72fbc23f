import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../ports/chat-platform.ts';
import type { DiscordApi } from './discord-api.ts';
import { discordUserId } from './people.ts';
import { renderMessage } from './render-message.ts';

/**
 * Discord as a ChatPlatform. A thread's messages go to its thread channel (`thread.thread`); progress
 * edits go through the REST client's rate-limit queue, so a 429 delays an edit but never drops it.
 */
export class DiscordPlatform implements ChatPlatform {
  readonly #api: DiscordApi;

  constructor(api: DiscordApi) {
    this.#api = api;
  }

  async post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    const { id } = await this.#api.postMessage(thread.thread, renderMessage(view));
    return { thread, id };
  }

  async update(message: MessageRef, view: ThreadView): Promise<void> {
    await this.#api.editMessage(message.thread.thread, message.id, renderMessage(view));
  }

  /**
   * Outside an interaction Discord has no private messages in a channel, so ATLAS answers in the thread,
   * addressed to the person (a mention that notifies only them). Interactions answer truly privately.
   */
  async postEphemeral(thread: ThreadRef, user: UserRef, view: ThreadView): Promise<void> {
    const body = renderMessage(view);
    const id = discordUserId(user);
    if (id === undefined) {
      await this.#api.postMessage(thread.thread, body);
      return;
    }
    await this.#api.postMessage(thread.thread, {
      ...body,
      content: `<@${id}>`,
      allowed_mentions: { parse: [], users: [id] },
    });
  }
}
