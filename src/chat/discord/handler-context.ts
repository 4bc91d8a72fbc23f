import { createDelivery, type Deliver } from '../../core/deliver.ts';
import type { CoreDeps } from '../../core/deps.ts';
import type { Logger } from '../../ports/logger.ts';
import type { MessageRefs } from '../../ports/message-refs.ts';
import type { DiscordApi } from './discord-api.ts';
import type { DiscordPlatform } from './discord-platform.ts';
import type { InteractionReplies } from './interaction-replies.ts';

/** What every Discord event handler works with. */
export interface HandlerContext {
  deps: CoreDeps;
  api: DiscordApi;
  chat: DiscordPlatform;
  messages: MessageRefs;
  logger: Logger;
  /** ATLAS's own Discord user id (known once the gateway said READY). */
  botId(): string;
}

/** Delivery of core views: into the thread, and private ones through the interaction when there is one. */
export function deliveryFor(context: HandlerContext, replies?: InteractionReplies): Deliver {
  return createDelivery(replies ? replies.chat(context.chat) : context.chat, context.messages);
}
