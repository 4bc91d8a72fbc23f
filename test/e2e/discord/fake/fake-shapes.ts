// The JSON shapes Discord sends for users, members, channels, messages and the server.
import { PermissionFlagsBits } from 'discord.js';
import type { FakeChannel, FakeState, FakeUser, Person, StoredMessage } from './fake-state.ts';
import { snowflake } from './snowflake.ts';

export function userObject(user: FakeUser): FakeUser {
  return { ...user };
}

export function memberObject(person: Person, withUser: boolean) {
  return {
    ...(withUser ? { user: userObject(person.user) } : {}),
    roles: person.roles,
    nick: person.nick,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    permissions: String(PermissionFlagsBits.SendMessages | PermissionFlagsBits.UseApplicationCommands),
  };
}

export function channelObject(state: FakeState, channel: FakeChannel) {
  const base = { id: channel.id, type: channel.type, name: channel.name, guild_id: state.guildId, flags: 0 };
  if (channel.type !== 11)
    return { ...base, position: 0, permission_overwrites: [], topic: null, nsfw: false };
  return {
    ...base,
    parent_id: channel.parent_id,
    owner_id: channel.owner_id,
    last_message_id: null,
    message_count: 0,
    member_count: 1,
    rate_limit_per_user: 0,
    total_message_sent: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
  };
}

export function messageObject(state: FakeState, message: StoredMessage) {
  const author = [...state.people.values()].find((p) => p.user.id === message.author.id);
  return {
    id: message.id,
    channel_id: message.channel_id,
    guild_id: state.guildId,
    author: userObject(message.author),
    ...(author ? { member: memberObject(author, false) } : {}),
    content: message.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: message.edits > 0 ? new Date().toISOString() : null,
    tts: false,
    mention_everyone: false,
    mentions: [...message.content.matchAll(/<@!?(\d+)>/g)]
      .map((m) =>
        m[1] === state.bot.id ? state.bot : [...state.people.values()].find((p) => p.user.id === m[1])?.user,
      )
      .filter((u): u is FakeUser => u !== undefined),
    mention_roles: [],
    attachments: [],
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    type: message.reference ? 19 : 0,
    flags: message.flags,
    ...(message.reference
      ? { message_reference: { message_id: message.reference, channel_id: message.channel_id } }
      : {}),
  };
}

/** GUILD_CREATE: the server with its roles, channels, active threads and ATLAS as a member. */
export function guildCreate(state: FakeState) {
  const role = (id: string, name: string, permissions: bigint) => ({
    id,
    name,
    color: 0,
    hoist: false,
    position: 0,
    permissions: String(permissions),
    managed: false,
    mentionable: false,
    flags: 0,
  });
  const all = [...state.channels.values()];
  return {
    id: state.guildId,
    name: 'ATLAS test server',
    icon: null,
    owner_id: snowflake(),
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      role(state.guildId, '@everyone', PermissionFlagsBits.SendMessages),
      role(state.approverRoleId, 'platform', 0n),
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    large: false,
    unavailable: false,
    member_count: state.people.size + 1,
    joined_at: '2024-01-01T00:00:00.000Z',
    voice_states: [],
    members: [{ ...memberObject({ user: state.bot, roles: [], nick: null }, true) }],
    channels: all.filter((c) => c.type === 0).map((c) => channelObject(state, c)),
    threads: all.filter((c) => c.type === 11).map((c) => channelObject(state, c)),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
