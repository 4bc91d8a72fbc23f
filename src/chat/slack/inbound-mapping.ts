import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { InboundAction, InboundMessage } from '../../ports/chat-platform.ts';
import type { ButtonPress, MentionEnvelope, SlashCommand } from './inbound-payloads.ts';
import { normaliseText } from './slack-text.ts';

/** Slack payloads as the core's neutral inputs. Event ids carry the platform, so they never collide. Pure. */

export function slackThread(channel: string, rootTs: string): ThreadRef {
  return { platform: 'slack', channel, thread: rootTs };
}

/** A mention answers in its own thread, or continues the thread it was typed in. */
export function mentionMessage(envelope: MentionEnvelope, user: UserRef, botUserId?: string): InboundMessage {
  const { event } = envelope;
  return {
    eventId: `slack:${envelope.event_id}`,
    thread: slackThread(event.channel, event.thread_ts ?? event.ts),
    user,
    text: normaliseText(event.text, botUserId),
  };
}

export function commandMessage(command: SlashCommand, user: UserRef, thread: ThreadRef): InboundMessage {
  return {
    eventId: `slack:command:${command.trigger_id}`,
    thread,
    user,
    text: normaliseText(command.text),
  };
}

/** A button on a message in a thread belongs to that thread. */
export function pressThread(press: ButtonPress): ThreadRef | undefined {
  const channel = press.channel?.id ?? press.container?.channel_id;
  return channel ? slackThread(channel, press.message.thread_ts ?? press.message.ts) : undefined;
}

export function buttonAction(press: ButtonPress, user: UserRef, thread: ThreadRef): InboundAction {
  return {
    eventId: `slack:action:${press.trigger_id}`,
    thread,
    user,
    value: press.actions[0]?.value ?? '',
  };
}

/** The Slack user id inside an ATLAS user id (`slack:U024BE7LH` → `U024BE7LH`). */
export function slackUserId(user: UserRef): string {
  return user.id.slice(user.id.indexOf(':') + 1);
}
