// What the fake Discord knows: one server with a text channel, its threads, people, roles, messages,
// interactions and registered commands.
import { PermissionFlagsBits } from 'discord.js';
import { snowflake } from './snowflake.ts';

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: '0';
  avatar: null;
  bot?: boolean;
}

export interface Person {
  user: FakeUser;
  roles: string[];
  nick: string | null;
}

export interface FakeChannel {
  id: string;
  type: 0 | 1 | 11;
  name: string;
  parent_id?: string;
  owner_id?: string;
  /** ATLAS's permissions in this channel. */
  permissions: bigint;
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  author: FakeUser;
  content: string;
  embeds: Record<string, unknown>[];
  components: { components: { label: string; custom_id: string }[] }[];
  flags: number;
  edits: number;
  reference?: string;
  /** The person a private (ephemeral) message is for. */
  privateTo?: string;
  interactionId?: string;
}

export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  userId: string;
  channelId: string;
  dispatchedAt: number;
  acks: { type: number; data?: Record<string, unknown>; at: number }[];
  originalId?: string;
  /** For button presses: the message the button was on. */
  messageId?: string;
}

/** Everything ATLAS needs in a text channel, and in its threads. */
export const ALL_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands;

export class FakeState {
  readonly token = `fake.${snowflake()}.token`;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly approverRoleId = snowflake();
  readonly bot: FakeUser;
  readonly people = new Map<string, Person>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, StoredMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly commands = new Map<string, Record<string, unknown>[]>();
  readonly general: FakeChannel;
  /** The privileged intents the application has turned on in the Developer Portal. */
  messageContentIntent = true;

  constructor() {
    this.bot = {
      id: this.applicationId,
      username: 'ATLAS',
      global_name: null,
      discriminator: '0',
      avatar: null,
      bot: true,
    };
    this.general = this.addChannel({ id: snowflake(), type: 0, name: 'ops', permissions: ALL_PERMISSIONS });
  }

  addPerson(name: string, roles: string[] = []): Person {
    const user: FakeUser = {
      id: snowflake(),
      username: name,
      global_name: name,
      discriminator: '0',
      avatar: null,
    };
    const person = { user, roles, nick: null };
    this.people.set(name, person);
    return person;
  }

  person(name: string): Person {
    const found = this.people.get(name);
    if (!found) throw new Error(`the fake Discord has no person ${name}`);
    return found;
  }

  addChannel(channel: FakeChannel): FakeChannel {
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** Messages of a channel in the order they were posted. */
  inChannel(channelId: string): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  nameOf(userId: string): string {
    if (userId === this.bot.id) return 'ATLAS';
    return [...this.people.values()].find((p) => p.user.id === userId)?.user.username ?? userId;
  }
}
