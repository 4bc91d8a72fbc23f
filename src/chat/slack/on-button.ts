import { handleAction } from '../../core/handle-action.ts';
import { rejectPrompt } from '../../core/reject-prompt.ts';
import type { ThreadRef } from '../../domain/thread.ts';
import { buttonAction, pressThread } from './inbound-mapping.ts';
import { ButtonPress } from './inbound-payloads.ts';
import { rejectModal } from './reject-modal.ts';
import type { SlackSession } from './slack-session.ts';

export const APPROVE_ACTION = 'atlas_approve';
export const REJECT_ACTION = 'atlas_reject';
/** Buttons the core decides on without a dialog: a suggested command to run, a rollback. */
export const OTHER_ACTIONS = /^atlas_(run|rollback)$/;

/**
 * Approve and Reject on a plan card. Acknowledged at once; Approve goes to the core (which checks who may
 * approve and answers a refusal privately), Reject first opens a modal asking for a reason.
 */
export function onButton(session: SlackSession) {
  return async ({ ack, body }: { ack: () => Promise<void>; body: unknown }): Promise<void> => {
    await ack();
    const parsed = ButtonPress.safeParse(body);
    const thread = parsed.success ? pressThread(parsed.data) : undefined;
    if (!parsed.success || !thread) {
      session.logger.warn(
        {},
        'ignored a button press ATLAS cannot read (no message or channel in the payload)',
      );
      return;
    }
    const press = parsed.data;
    if (press.actions[0]?.action_id === REJECT_ACTION) {
      session.tasks.runNow('opening the reject dialog', () => openRejectModal(session, press, thread));
      return;
    }
    session.tasks.run('answering a button press', async () => {
      const user = await session.users.user(press.user.id, press.user.username ?? press.user.name);
      const views = await handleAction(session.deps, buttonAction(press, user, thread));
      await session.deliver(thread, views, user);
    });
  };
}

/** Opens the modal at once: Slack's trigger_id is valid for three seconds only. */
async function openRejectModal(session: SlackSession, press: ButtonPress, thread: ThreadRef): Promise<void> {
  const value = press.actions[0]?.value ?? '';
  const { words } = await rejectPrompt(session.deps, value);
  await session.client.views.open({
    trigger_id: press.trigger_id,
    view: rejectModal({ value, channel: thread.channel, thread: thread.thread }, words),
  });
}
