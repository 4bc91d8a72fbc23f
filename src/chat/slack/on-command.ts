import type { RespondFn } from '@slack/bolt';
import { handleMessage } from '../../core/handle-message.ts';
import { repliesFor } from '../../core/i18n/replies-messages.ts';
import { errorView } from '../../core/views/notices.ts';
import { DEFAULT_LANGUAGE } from '../../domain/language.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { answersPrivately } from './command-privacy.ts';
import { commandMessage, slackThread } from './inbound-mapping.ts';
import { SlashCommand } from './inbound-payloads.ts';
import type { SlackSession } from './slack-session.ts';

const CLAIM_TTL_MS = 24 * 3600_000;

/**
 * `/atlas ...`: acknowledged at once (nothing shown), then either answered privately (help, mistakes,
 * approve/reject) or started as a visible thread ("@alice asked: ...") that holds the whole conversation.
 */
export function onCommand(session: SlackSession) {
  return async ({ ack, body, respond }: { ack: () => Promise<void>; body: unknown; respond?: RespondFn }) => {
    await ack();
    const parsed = SlashCommand.safeParse(body);
    if (!parsed.success) {
      session.logger.warn(
        { issues: parsed.error.issues.slice(0, 3) },
        'ignored a slash command ATLAS cannot read',
      );
      return;
    }
    session.tasks.run('answering a slash command', () => answer(session, parsed.data, respond));
  };
}

async function answer(session: SlackSession, command: SlashCommand, respond: RespondFn | undefined) {
  const whisper = privateReply(session, command, respond);
  const user = await session.users.user(command.user_id, command.user_name);
  if (answersPrivately(command.text, session.deps.policy)) {
    const thread = slackThread(command.channel_id, command.channel_id);
    const views = await handleMessage(session.deps, commandMessage(command, user, thread));
    for (const view of views) await whisper(view);
    return;
  }
  if (!(await session.deps.claims.claim(`slack:command:${command.trigger_id}`, CLAIM_TTL_MS))) return;
  try {
    const thread = await session.platform.postStarter(
      command.channel_id,
      user,
      `${command.command} ${command.text}`.trim(),
      repliesFor(session.deps.language ?? DEFAULT_LANGUAGE).asked,
    );
    const views = await handleMessage(session.deps, commandMessage(command, user, thread));
    if (views.length > 0 && views.every((view) => view.visibility === 'ephemeral')) {
      // A refusal only the asker may see: the thread has nothing to show, so it goes away.
      await session.platform.withdraw(thread);
      for (const view of views) await whisper(view);
      return;
    }
    await session.deliver(thread, views, user);
  } catch (error) {
    await whisper(errorView(error));
  }
}

/** Shows a view to the person who typed the command only: through response_url, or chat.postEphemeral. */
function privateReply(session: SlackSession, command: SlashCommand, respond: RespondFn | undefined) {
  return async (view: ThreadView): Promise<void> => {
    const { attachment: _full, ...message } = session.platform.render(view);
    if (respond) {
      await respond({ response_type: 'ephemeral', ...message });
      return;
    }
    await session.client.chat.postEphemeral({
      channel: command.channel_id,
      user: command.user_id,
      ...message,
    });
  };
}
