import type { ThreadRef, UserRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { ChatPlatform } from '../ports/chat-platform.ts';
import type { MessageRefs } from '../ports/message-refs.ts';

export type Deliver = (thread: ThreadRef, views: readonly ThreadView[], user?: UserRef) => Promise<void>;

/**
 * Sends views to a thread: ephemeral ones to the person only, views with a `replaces` key edit the
 * message that showed that key before (on any replica), everything else is a new message.
 */
export function createDelivery(chat: ChatPlatform, messages: MessageRefs): Deliver {
  return async (thread, views, user) => {
    for (const view of views) {
      if (view.visibility === 'ephemeral' && user) {
        await chat.postEphemeral(thread, user, view);
        continue;
      }
      const key = view.replaces ? `${thread.platform}:${view.replaces}` : undefined;
      const existing = key ? await messages.get(key) : undefined;
      if (existing) {
        await chat.update(existing, view);
        continue;
      }
      const ref = await chat.post(thread, view);
      if (key) await messages.set(key, ref);
    }
  };
}
