import { handleAction } from '../../core/handle-action.ts';
import { slackThread } from './inbound-mapping.ts';
import { ViewSubmission } from './inbound-payloads.ts';
import { readRejectSubmission } from './reject-modal.ts';
import type { SlackSession } from './slack-session.ts';

/** The Reject modal submitted: closes it at once, then rejects with the reason given (if any). */
export function onRejectReason(session: SlackSession) {
  return async ({ ack, body }: { ack: () => Promise<void>; body: unknown }): Promise<void> => {
    await ack();
    const parsed = ViewSubmission.safeParse(body);
    const submitted = parsed.success ? readRejectSubmission(parsed.data) : undefined;
    if (!parsed.success || !submitted) {
      session.logger.warn({}, 'ignored a Reject dialog submission ATLAS cannot read');
      return;
    }
    const { user: slackUser, view } = parsed.data;
    session.tasks.run('rejecting a request', async () => {
      const user = await session.users.user(slackUser.id, slackUser.username ?? slackUser.name);
      const thread = slackThread(submitted.meta.channel, submitted.meta.thread);
      const views = await handleAction(session.deps, {
        eventId: `slack:view:${view.id}`,
        thread,
        user,
        value: submitted.meta.value,
        ...(submitted.reason ? { reason: submitted.reason } : {}),
      });
      await session.deliver(thread, views, user);
    });
  };
}
