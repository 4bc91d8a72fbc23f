import { once } from 'node:events';
import { type Client, Events } from 'discord.js';
import type { CoreDeps } from '../../core/deps.ts';
import type { Logger } from '../../ports/logger.ts';
import type { MessageRefs } from '../../ports/message-refs.ts';
import { DiscordApi } from './discord-api.ts';
import { createDiscordClient, type DiscordClientOptions } from './discord-client.ts';
import { DISCORD_CODES, discordCodeOf } from './discord-failure.ts';
import { DiscordPlatform } from './discord-platform.ts';
import { gatewayFailure } from './gateway-failure.ts';
import type { HandlerContext } from './handler-context.ts';
import { routeInteraction, routeMessageEvent } from './route-event.ts';
import { watchGateway } from './watch-gateway.ts';

export interface DiscordAdapterOptions extends DiscordClientOptions {
  token: string;
  applicationId: string;
  deps: CoreDeps;
  messages: MessageRefs;
  logger: Logger;
}

/**
 * Discord for ATLAS: the gateway brings messages and interactions to the core, the ChatPlatform takes
 * its views back. Transport only: every decision is the core's.
 */
export class DiscordAdapter {
  readonly platform = 'discord' as const;
  readonly chat: DiscordPlatform;
  readonly client: Client;
  readonly #token: string;
  readonly #logger: Logger;
  readonly #running = new Set<Promise<void>>();

  constructor(options: DiscordAdapterOptions) {
    this.#token = options.token;
    this.#logger = options.logger.child({ platform: 'discord' });
    this.client = createDiscordClient(options);
    const api = new DiscordApi(this.client.rest, options.applicationId);
    this.chat = new DiscordPlatform(api);
    const context: HandlerContext = {
      deps: options.deps,
      api,
      chat: this.chat,
      messages: options.messages,
      logger: this.#logger,
      botId: () => this.client.user?.id ?? '',
    };
    this.client.on(Events.MessageCreate, (message) => this.#run(routeMessageEvent(context, message)));
    this.client.on(Events.InteractionCreate, (interaction) =>
      this.#run(routeInteraction(context, interaction)),
    );
    watchGateway(this.client, this.#logger);
  }

  /** Connects every shard of this process and waits until Discord has sent its servers. */
  async start(): Promise<void> {
    const stop = new AbortController();
    const ready = once(this.client, Events.ClientReady, { signal: stop.signal });
    ready.catch(() => undefined);
    try {
      await this.client.login(this.#token);
      await ready;
    } catch (error) {
      stop.abort();
      throw gatewayFailure(error);
    }
    this.#logger.info(
      { user: this.client.user?.tag, shards: this.client.options.shards },
      'Discord: connected to the gateway',
    );
  }

  /** Resolves when no message or interaction is being answered. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  /** Stops taking events, lets the ones being answered finish, and disconnects. */
  async close(): Promise<void> {
    this.client.removeAllListeners(Events.MessageCreate);
    this.client.removeAllListeners(Events.InteractionCreate);
    await this.idle();
    await this.client.destroy();
  }

  #run(task: Promise<void>): void {
    const running = task.catch((error: unknown) => {
      const code = discordCodeOf(error);
      if (code === DISCORD_CODES.alreadyAcknowledged || code === DISCORD_CODES.unknownInteraction) {
        this.#logger.debug(
          { discordCode: code },
          'Discord: an interaction was already answered (by another ATLAS process) or expired',
        );
        return;
      }
      this.#logger.error({ err: error }, 'Discord: handling an event failed');
    });
    this.#running.add(running);
    void running.then(() => this.#running.delete(running));
  }
}
