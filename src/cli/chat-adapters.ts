import type { Config } from '../config/index.ts';
import type { CoreDeps } from '../core/deps.ts';
import type { Platform } from '../domain/thread.ts';
import type { ChatPlatform } from '../ports/chat-platform.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessageRefs } from '../ports/message-refs.ts';
import { discordAdapter } from './discord-adapter.ts';
import type { RouteHandler } from './http-endpoint.ts';
import { slackAdapter } from './slack-adapter.ts';

/** What a chat adapter gets to start: the core, the configuration, and a place for HTTP routes. */
export interface AdapterContext {
  config: Config;
  deps: CoreDeps;
  messages: MessageRefs;
  logger: Logger;
  /** Paths the adapter serves on ATLAS_HTTP_PORT (register before the endpoint starts). */
  routes: Map<string, RouteHandler>;
}

export interface ChatAdapter {
  platform: Platform;
  chat: ChatPlatform;
  /** Called once the HTTP endpoint listens (Socket Mode and gateways connect here). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Starts an adapter when its settings are present; returns undefined when the platform is not configured. */
export type AdapterFactory = (context: AdapterContext) => Promise<ChatAdapter | undefined>;

/** Every chat platform ATLAS can serve; each adapter decides from the configuration whether it runs. */
export const ADAPTERS: readonly AdapterFactory[] = [slackAdapter, discordAdapter];
