import type { InteractionHandle } from './discord-api.ts';
import type { PersonFacts } from './people.ts';
import type { ChannelFacts } from './thread-refs.ts';

/** What every interaction handler reads of an interaction, as plain data. */
export interface InteractionFacts {
  handle: InteractionHandle;
  person: PersonFacts;
  channel: ChannelFacts;
  /** ATLAS's permissions where the interaction happened (`app_permissions`). */
  appPermissions: bigint;
  /** The person's client language (`it`, `en-US`). */
  locale?: string;
}
