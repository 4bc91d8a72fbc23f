import {
  type APIInteractionGuildMember,
  type Channel,
  GuildMember,
  type Interaction,
  type Message,
  type User,
} from 'discord.js';
import type { PersonFacts } from './people.ts';
import type { ChannelFacts } from './thread-refs.ts';

/**
 * The few facts ATLAS reads from discord.js objects, as plain data: no discord.js type goes further
 * than the handlers, and the rules over these facts are pure functions.
 */
export function personOf(
  user: User,
  member: GuildMember | APIInteractionGuildMember | null | undefined,
  guildId: string | null,
): PersonFacts {
  const facts: PersonFacts = { id: user.id, username: user.username, globalName: user.globalName };
  if (member instanceof GuildMember) {
    facts.nick = member.nickname;
    facts.roles = [...member.roles.cache.keys()].filter((id) => id !== guildId);
  } else if (member) {
    facts.nick = member.nick ?? null;
    facts.roles = member.roles.filter((id) => id !== guildId);
  }
  return facts;
}

export function channelOf(channel: Channel | null, fallbackId: string): ChannelFacts {
  if (!channel) return { id: fallbackId, kind: 'channel' };
  if (channel.isDMBased()) return { id: channel.id, kind: 'dm' };
  if (channel.isThread()) {
    return {
      id: channel.id,
      kind: 'thread',
      ...(channel.parentId ? { parentId: channel.parentId } : {}),
      ...(channel.ownerId ? { ownerId: channel.ownerId } : {}),
    };
  }
  return { id: channel.id, kind: 'channel' };
}

export function personOfMessage(message: Message): PersonFacts {
  return personOf(message.author, message.member, message.guildId);
}

export function personOfInteraction(interaction: Interaction): PersonFacts {
  return personOf(interaction.user, interaction.member, interaction.guildId);
}

export function channelOfInteraction(interaction: Interaction): ChannelFacts {
  return channelOf(interaction.channel, interaction.channelId ?? '');
}
