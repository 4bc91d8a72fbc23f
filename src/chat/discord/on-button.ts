import { handleAction } from '../../core/handle-action.ts';
import { rejectPrompt } from '../../core/reject-prompt.ts';
import type { InboundAction } from '../../ports/chat-platform.ts';
import { asksForReason, buttonValueOfModal } from './custom-ids.ts';
import { deliveryFor, type HandlerContext } from './handler-context.ts';
import type { InteractionFacts } from './interaction-facts.ts';
import { InteractionReplies } from './interaction-replies.ts';
import { userRef } from './people.ts';
import { reasonModal } from './reason-modal.ts';
import { threadRefOf } from './thread-refs.ts';

/**
 * A button press. Reject opens the reason modal (that is the acknowledgement); anything else is
 * acknowledged without a change and handed to the core. The card changes when the request does.
 */
export async function onButton(context: HandlerContext, facts: InteractionFacts, customId: string) {
  const replies = new InteractionReplies(context.api, facts.handle);
  if (asksForReason(customId)) {
    const { words } = await rejectPrompt(context.deps, customId);
    await replies.modal(reasonModal(customId, words));
    return;
  }
  await replies.deferUpdate();
  await act(context, facts, replies, { value: customId });
}

/** The reason modal, submitted: a Reject with the reason typed. */
export async function onReasonModal(
  context: HandlerContext,
  facts: InteractionFacts,
  customId: string,
  reason: string,
) {
  const replies = new InteractionReplies(context.api, facts.handle);
  await replies.deferUpdate();
  const value = buttonValueOfModal(customId) ?? customId;
  await act(context, facts, replies, { value, ...(reason.trim() ? { reason: reason.trim() } : {}) });
}

async function act(
  context: HandlerContext,
  facts: InteractionFacts,
  replies: InteractionReplies,
  press: Pick<InboundAction, 'value' | 'reason'>,
) {
  const thread = threadRefOf(facts.channel);
  const user = userRef(facts.person);
  try {
    const views = await handleAction(context.deps, { eventId: facts.handle.id, thread, user, ...press });
    await deliveryFor(context, replies)(thread, views, user);
  } catch (error) {
    context.logger.error({ err: error, thread: thread.thread }, 'Discord: answering a button press failed');
  }
}
