import type { ThreadRef } from '../../domain/thread.ts';
import { type ChannelFacts, threadRefOf } from './thread-refs.ts';

/** What ATLAS reads of a MESSAGE_CREATE. */
export interface MessageFacts {
  id: string;
  content: string;
  authorIsBot: boolean;
  /** Join notices, "thread started" markers and the like. */
  system: boolean;
  mentionsBot: boolean;
  channel: ChannelFacts;
}

export type MessageRoute =
  /** A mention in a channel: ATLAS starts a thread on the message; the conversation lives there. */
  | { kind: 'start'; channelId: string; messageId: string; text: string }
  /** A message in a conversation that exists: an ATLAS thread, a thread ATLAS was mentioned in, a DM. */
  | { kind: 'continue'; thread: ThreadRef; text: string };

/**
 * Whether a message is for ATLAS and where its conversation is. Bots (ATLAS included) and system
 * messages are never answered; in its own threads and in DMs ATLAS needs no mention.
 */
export function routeMessage(message: MessageFacts, botId: string): MessageRoute | undefined {
  if (message.authorIsBot || message.system) return undefined;
  const text = withoutMention(message.content, botId);
  const { channel } = message;
  if (channel.kind === 'dm') return { kind: 'continue', thread: threadRefOf(channel), text };
  if (channel.kind === 'thread') {
    const ours = channel.ownerId === botId;
    return ours || message.mentionsBot ? { kind: 'continue', thread: threadRefOf(channel), text } : undefined;
  }
  if (!message.mentionsBot) return undefined;
  return { kind: 'start', channelId: channel.id, messageId: message.id, text };
}

/** The message without mentions of ATLAS (`<@id>`, `<@!id>`), wherever they stand. */
export function withoutMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), '').trim();
}
