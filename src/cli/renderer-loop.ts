import { createDelivery } from '../core/deliver.ts';
import { ThreadRenderer } from '../core/thread-renderer.ts';
import type { ChatPlatform } from '../ports/chat-platform.ts';
import type { Runtime } from './runtime.ts';

/** The bot side: every worker event rendered into its thread, once across all bot replicas. */
export async function startRenderer(runtime: Runtime, chat: ChatPlatform, minUpdateIntervalMs?: number) {
  const deliver = createDelivery(chat, runtime.messages);
  const renderer = new ThreadRenderer({
    ...runtime.deps,
    deliver,
    ciUser: runtime.options.config.proxmox.ciUser,
    ...(minUpdateIntervalMs === undefined ? {} : { minUpdateIntervalMs }),
  });
  const unsubscribe = await runtime.deps.events.subscribe(renderer.onEvent);
  return { renderer, deliver, close: unsubscribe };
}
