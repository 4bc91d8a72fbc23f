import { InteractionResponseType, MessageFlags } from 'discord.js';
import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../ports/chat-platform.ts';
import type { DiscordApi, InteractionHandle, MessageBody } from './discord-api.ts';
import { renderMessage } from './render-message.ts';

export interface Choice {
  name: string;
  value: string;
}

/**
 * Answers one interaction: the first answer (defer, modal, choices) within Discord's 3 seconds, then
 * replies through the interaction's webhook for up to 15 minutes. Private views go here; everything
 * that belongs to the thread is a normal bot message, which does not expire.
 */
export class InteractionReplies {
  readonly #api: DiscordApi;
  readonly #interaction: InteractionHandle;
  /** A deferred private reply waits for its content: the first private view fills it. */
  #privateOriginalPending = false;

  constructor(api: DiscordApi, interaction: InteractionHandle) {
    this.#api = api;
    this.#interaction = interaction;
  }

  /** "ATLAS is thinking…": the acknowledgement of a slash command. */
  async defer(privately: boolean): Promise<void> {
    await this.#api.respond(this.#interaction, {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      ...(privately ? { data: { flags: MessageFlags.Ephemeral } } : {}),
    });
    this.#privateOriginalPending = privately;
  }

  /** An immediate answer instead of a deferral, when there is nothing to wait for. */
  async reply(view: ThreadView, privately: boolean): Promise<void> {
    const body = renderMessage(view);
    await this.#api.respond(this.#interaction, {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: privately ? { ...body, flags: MessageFlags.Ephemeral } : body,
    });
  }

  /** The acknowledgement of a button press or modal that changes nothing by itself. */
  async deferUpdate(): Promise<void> {
    await this.#api.respond(this.#interaction, { type: InteractionResponseType.DeferredMessageUpdate });
  }

  async modal(data: unknown): Promise<void> {
    await this.#api.respond(this.#interaction, { type: InteractionResponseType.Modal, data });
  }

  async choices(choices: readonly Choice[]): Promise<void> {
    await this.#api.respond(this.#interaction, {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices },
    });
  }

  /** Replaces the deferred "thinking" message; returns the message id (a thread can start on it). */
  async editOriginal(body: MessageBody): Promise<{ id: string }> {
    this.#privateOriginalPending = false;
    return this.#api.editOriginal(this.#interaction, body);
  }

  /** A view only the person who interacted sees. */
  async private(view: ThreadView): Promise<void> {
    const body = renderMessage(view);
    if (this.#privateOriginalPending) {
      await this.editOriginal(body);
      return;
    }
    await this.#api.followUp(this.#interaction, body, true);
  }

  /** `chat` with private views answered through this interaction instead of in the thread. */
  chat(chat: ChatPlatform): ChatPlatform {
    return {
      post: (thread: ThreadRef, view: ThreadView): Promise<MessageRef> => chat.post(thread, view),
      update: (message: MessageRef, view: ThreadView): Promise<void> => chat.update(message, view),
      postEphemeral: (_thread: ThreadRef, _user: UserRef, view: ThreadView): Promise<void> =>
        this.private(view),
    };
  }
}
