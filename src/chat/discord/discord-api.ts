import { type APIMessage, MessageFlags, type REST, Routes } from 'discord.js';
import { DISCORD_CODES, discordCodeOf, discordFailure } from './discord-failure.ts';
import type { DiscordMessage } from './render-message.ts';

/** An interaction as far as answering it goes: its id and its (secret, 15-minute) token. */
export interface InteractionHandle {
  id: string;
  token: string;
}

export type MessageBody = DiscordMessage & { flags?: number; message_reference?: { message_id: string } };

const POST_NEEDS = ['View Channel', 'Send Messages', 'Send Messages in Threads', 'Embed Links'];

/**
 * The Discord REST calls ATLAS makes, on discord.js's REST client (which queues per route and honours
 * 429 retry-after). Failures come back as DiscordFailure: a clear message, no URL, no token.
 */
export class DiscordApi {
  readonly #rest: REST;
  readonly #applicationId: string;

  constructor(rest: REST, applicationId: string) {
    this.#rest = rest;
    this.#applicationId = applicationId;
  }

  async postMessage(channelId: string, body: MessageBody): Promise<{ id: string }> {
    const message = await this.#call(`posting in channel ${channelId}`, POST_NEEDS, () =>
      this.#rest.post(Routes.channelMessages(channelId), { body }),
    );
    return { id: (message as APIMessage).id };
  }

  async editMessage(channelId: string, messageId: string, body: MessageBody): Promise<void> {
    await this.#call(`editing message ${messageId} in channel ${channelId}`, POST_NEEDS, () =>
      this.#rest.patch(Routes.channelMessage(channelId, messageId), { body }),
    );
  }

  /** Starts a public thread on a message (its id becomes the thread's id); `exists` when one already was. */
  async startThread(channelId: string, messageId: string, name: string): Promise<'created' | 'exists'> {
    try {
      await this.#rest.post(Routes.threads(channelId, messageId), {
        body: { name, auto_archive_duration: 1440 },
      });
      return 'created';
    } catch (error) {
      if (discordCodeOf(error) === DISCORD_CODES.threadExists) return 'exists';
      throw discordFailure(`starting a thread in channel ${channelId}`, error, ['Create Public Threads']);
    }
  }

  /** The interaction response (type 4-9). The first answer must reach Discord within 3 seconds. */
  async respond(interaction: InteractionHandle, response: { type: number; data?: unknown }): Promise<void> {
    await this.#call('answering an interaction', [], () =>
      this.#rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: response,
        auth: false,
      }),
    );
  }

  async editOriginal(interaction: InteractionHandle, body: MessageBody): Promise<{ id: string }> {
    const message = await this.#call('editing an interaction reply', [], () =>
      this.#rest.patch(Routes.webhookMessage(this.#applicationId, interaction.token, '@original'), {
        body,
        auth: false,
      }),
    );
    return { id: (message as APIMessage).id };
  }

  async followUp(interaction: InteractionHandle, body: MessageBody, ephemeral: boolean): Promise<void> {
    const flags = ephemeral ? (body.flags ?? 0) | MessageFlags.Ephemeral : body.flags;
    await this.#call('following up an interaction', [], () =>
      this.#rest.post(Routes.webhook(this.#applicationId, interaction.token), {
        body: { ...body, ...(flags === undefined ? {} : { flags }) },
        auth: false,
      }),
    );
  }

  async #call(what: string, needs: readonly string[], call: () => Promise<unknown>): Promise<unknown> {
    try {
      return await call();
    } catch (error) {
      throw discordFailure(what, error, needs);
    }
  }
}
