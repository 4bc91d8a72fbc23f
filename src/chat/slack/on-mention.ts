import { handleMessage } from '../../core/handle-message.ts';
import { isAtlasError } from '../../domain/errors.ts';
import { mentionMessage } from './inbound-mapping.ts';
import { MentionEnvelope } from './inbound-payloads.ts';
import type { SlackSession } from './slack-session.ts';

/**
 * `@atlas ...` in a channel or a thread. Bolt has already acknowledged the event; the answer goes to the
 * message's thread. Retried and duplicate deliveries share Slack's event_id, which the core claims once.
 */
export function onMention(session: SlackSession) {
  return async ({ body }: { body: unknown }): Promise<void> => {
    const parsed = MentionEnvelope.safeParse(body);
    if (!parsed.success) {
      session.logger.warn(
        { issues: parsed.error.issues.slice(0, 3) },
        'ignored an app_mention event ATLAS cannot read',
      );
      return;
    }
    const { event } = parsed.data;
    const slackUser = event.user;
    if (!slackUser || event.bot_id) return;
    session.tasks.run('answering a Slack mention', async () => {
      const user = await session.users.user(slackUser);
      const message = mentionMessage(parsed.data, user, session.botUserId());
      const views = await handleMessage(session.deps, message);
      try {
        await session.deliver(message.thread, views, user);
      } catch (error) {
        // The platform logged what an operator must do (not_in_channel, ...); nobody else can be told.
        if (!isAtlasError(error)) throw error;
      }
    });
  };
}
