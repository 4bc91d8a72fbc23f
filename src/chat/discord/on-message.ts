import { handleMessage } from '../../core/handle-message.ts';
import type { ThreadRef } from '../../domain/thread.ts';
import { deliveryFor, type HandlerContext } from './handler-context.ts';
import { type MessageFacts, routeMessage } from './message-route.ts';
import { type PersonFacts, userRef } from './people.ts';
import { renderMessage } from './render-message.ts';
import { startThread } from './start-thread.ts';

/**
 * MESSAGE_CREATE: a mention in a channel starts a thread on the message; messages in ATLAS's threads
 * and DMs continue theirs. The message id is the event id, so a re-delivered message is answered once.
 */
export async function onMessage(context: HandlerContext, message: MessageFacts, person: PersonFacts) {
  const route = routeMessage(message, context.botId());
  if (!route) return;
  const user = userRef(person);
  const log = context.logger.child({ messageId: message.id, channelId: message.channel.id });
  let thread: ThreadRef | undefined;
  try {
    thread =
      route.kind === 'continue'
        ? route.thread
        : await startThread(context, {
            channelId: route.channelId,
            messageId: route.messageId,
            text: route.text,
            tell: async (view) => {
              await context.api.postMessage(route.channelId, {
                ...renderMessage(view),
                message_reference: { message_id: route.messageId },
              });
            },
          });
    const views = await handleMessage(context.deps, {
      eventId: message.id,
      thread,
      user,
      text: route.text,
    });
    await deliveryFor(context)(thread, views, user);
  } catch (error) {
    log.error({ err: error, thread: thread?.thread }, 'Discord: answering a message failed');
  }
}
