import type { UserRef } from '../../domain/thread.ts';

/** What ATLAS reads of a Discord user and, in a server, their membership. */
export interface PersonFacts {
  id: string;
  username: string;
  globalName?: string | null;
  /** The server nickname, when they have one. */
  nick?: string | null;
  /** Role ids of the member in the server where they spoke (without @everyone). */
  roles?: readonly string[];
}

/**
 * A Discord person as ATLAS's UserRef: `discord:<id>`, the name people see, and the role ids as groups,
 * so `ATLAS_APPROVERS=discord:group:<roleId>` names everyone with that role.
 */
export function userRef(person: PersonFacts): UserRef {
  const name = (person.nick || person.globalName || person.username).slice(0, 200);
  const roles = (person.roles ?? []).slice(0, 500);
  return { id: `discord:${person.id}`, name, ...(roles.length > 0 ? { groups: [...roles] } : {}) };
}

/** The Discord user id of a UserRef, or undefined for someone from another platform. */
export function discordUserId(user: UserRef): string | undefined {
  return user.id.startsWith('discord:') ? user.id.slice('discord:'.length) : undefined;
}
