// The gateway payloads people cause: a message, a slash command, a button press, a modal, autocomplete.

import { randomBytes } from 'node:crypto';
import { channelObject, memberObject, messageObject } from './fake-shapes.ts';
import type { FakeChannel, FakeInteraction, FakeState, Person, StoredMessage } from './fake-state.ts';
import { snowflake } from './snowflake.ts';

export interface Option {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: Option[];
}

export function messageCreate(state: FakeState, person: Person, channel: FakeChannel, content: string) {
  const message: StoredMessage = {
    id: snowflake(),
    channel_id: channel.id,
    author: person.user,
    content,
    embeds: [],
    components: [],
    flags: 0,
    edits: 0,
  };
  state.messages.set(message.id, message);
  return messageObject(state, message);
}

/** Registers an interaction and builds its INTERACTION_CREATE payload. */
export function interaction(
  state: FakeState,
  person: Person,
  channel: FakeChannel,
  type: number,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const record: FakeInteraction = {
    id: snowflake(),
    token: `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`,
    type,
    userId: person.user.id,
    channelId: channel.id,
    dispatchedAt: performance.now(),
    acks: [],
  };
  state.interactions.set(record.id, record);
  return {
    id: record.id,
    application_id: state.applicationId,
    type,
    data,
    guild_id: state.guildId,
    channel_id: channel.id,
    channel: channelObject(state, channel),
    member: memberObject(person, true),
    token: record.token,
    version: 1,
    app_permissions: String(channelPermissions(state, channel)),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': state.guildId },
    context: 0,
    attachment_size_limit: 8_388_608,
    ...extra,
  };
}

function channelPermissions(state: FakeState, channel: FakeChannel): bigint {
  const parent = channel.parent_id ? state.channels.get(channel.parent_id) : undefined;
  return (parent ?? channel).permissions;
}

/** `/atlas vm create name:web-01 cores:2` as Discord nests it. */
export function commandOptions(path: string, values: Record<string, string | number | boolean>): Option[] {
  const leaf: Option[] = Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3,
    value,
  }));
  const [first, second] = path.split(' ');
  if (!first) return leaf;
  if (!second) return [{ name: first, type: 1, options: leaf }];
  return [{ name: first, type: 2, options: [{ name: second, type: 1, options: leaf }] }];
}
