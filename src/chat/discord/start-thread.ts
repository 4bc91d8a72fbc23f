import { notice } from '../../core/views/notices.ts';
import type { ThreadRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { DiscordFailure } from './discord-failure.ts';
import type { HandlerContext } from './handler-context.ts';
import { startedThreadRef, threadName, threadRefOf } from './thread-refs.ts';

export interface ThreadStart {
  channelId: string;
  /** The message the thread starts on: the person's mention, or the reply to a slash command. */
  messageId: string;
  /** What was asked, for the thread's name. */
  text: string;
  /** How to tell the person when no thread can be started. */
  tell(view: ThreadView): Promise<void>;
}

/**
 * Starts the conversation's thread on a message. Without the permission to, ATLAS says which one is
 * missing, logs it, and keeps the conversation in the channel itself: never silent.
 */
export async function startThread(context: HandlerContext, start: ThreadStart): Promise<ThreadRef> {
  try {
    await context.api.startThread(start.channelId, start.messageId, threadName(start.text));
    return startedThreadRef(start.channelId, start.messageId);
  } catch (error) {
    if (!(error instanceof DiscordFailure) || error.code !== 'forbidden') throw error;
    context.logger.warn(
      { channelId: start.channelId, discordCode: error.discordCode, permission: 'Create Public Threads' },
      'Discord: cannot start a thread in this channel; answering in the channel instead',
    );
    await start
      .tell(
        notice(
          'I cannot start a thread here, so I answer in this channel.',
          'ATLAS needs the Create Public Threads permission in this channel to keep each request in its own thread. Ask a server admin to grant it.',
          'warning',
        ),
      )
      .catch((told: unknown) =>
        context.logger.error(
          { channelId: start.channelId, permission: 'Send Messages', err: told },
          'Discord: cannot tell the person that threads cannot be started here',
        ),
      );
    return threadRefOf({ id: start.channelId, kind: 'channel' });
  }
}
