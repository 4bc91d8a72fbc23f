import type { ThreadRef } from '../../domain/thread.ts';

/** Where a Discord message or interaction happened. */
export interface ChannelFacts {
  id: string;
  kind: 'dm' | 'thread' | 'channel';
  /** For threads: the channel the thread belongs to. */
  parentId?: string;
  /** For threads: who started it (ATLAS's threads are ATLAS's conversations). */
  ownerId?: string;
}

/**
 * The conversation a channel is: a thread is its own conversation (`channel` = its parent), a direct
 * message channel too; a plain channel stands for itself when ATLAS could not start a thread there.
 */
export function threadRefOf(channel: ChannelFacts): ThreadRef {
  const parent = channel.kind === 'thread' ? (channel.parentId ?? channel.id) : channel.id;
  return { platform: 'discord', channel: parent, thread: channel.id };
}

/** A thread started on a message has the message's id, so its ref is known before it exists. */
export function startedThreadRef(channelId: string, messageId: string): ThreadRef {
  return { platform: 'discord', channel: channelId, thread: messageId };
}

/** A thread name from what was asked: its first line, within Discord's 100 characters. */
export function threadName(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  const name = line === '' ? 'ATLAS' : `ATLAS: ${line}`;
  return name.length <= 100 ? name : `${name.slice(0, 99)}…`;
}
