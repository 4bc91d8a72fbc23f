import type { UserRef } from '../../domain/thread.ts';
import type { Logger } from '../../ports/logger.ts';

/** The two Web API methods the directory calls (a WebClient has them). */
export interface SlackUsersApi {
  users: {
    info(args: { user: string }): Promise<{
      user?: { name?: string; real_name?: string; profile?: { display_name?: string; real_name?: string } };
    }>;
  };
  usergroups: {
    list(args: { include_users: boolean }): Promise<{ usergroups?: { id?: string; users?: string[] }[] }>;
  };
}

export interface UserDirectoryOptions {
  logger: Logger;
  /** Look up user groups only when approvers name some (`slack:group:S…`); it needs usergroups:read. */
  groups: boolean;
  userTtlMs?: number;
  groupTtlMs?: number;
  now?: () => number;
}

interface Cached<T> {
  at: number;
  value: Promise<T>;
}

/**
 * Slack users as ATLAS users: the display name (users.info) for audit lines and the user groups
 * (usergroups.list) for approver checks, each looked up once and cached.
 */
export class UserDirectory {
  readonly #api: SlackUsersApi;
  readonly #options: UserDirectoryOptions;
  readonly #names = new Map<string, Cached<string | undefined>>();
  #groups: Cached<Map<string, string[]>> | undefined;

  constructor(api: SlackUsersApi, options: UserDirectoryOptions) {
    this.#api = api;
    this.#options = options;
  }

  /** The user, named; `fallbackName` (from the payload) when Slack cannot say. */
  async user(slackId: string, fallbackName?: string): Promise<UserRef> {
    const [name, groups] = await Promise.all([
      this.#name(slackId),
      this.#options.groups ? this.#groupsOf(slackId) : Promise.resolve(undefined),
    ]);
    const shown = (name ?? fallbackName)?.slice(0, 200);
    return {
      id: `slack:${slackId}`,
      ...(shown ? { name: shown } : {}),
      ...(groups && groups.length > 0 ? { groups: groups.slice(0, 500) } : {}),
    };
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  #name(slackId: string): Promise<string | undefined> {
    const cached = this.#names.get(slackId);
    if (cached && this.#now() - cached.at < (this.#options.userTtlMs ?? 3600_000)) return cached.value;
    const value = this.#api.users.info({ user: slackId }).then(
      ({ user }) => user?.profile?.display_name || user?.profile?.real_name || user?.real_name || user?.name,
      (error: unknown) => {
        this.#names.delete(slackId);
        this.#options.logger.warn(
          { err: error, user: slackId },
          'looking up a Slack user name failed (users.info); audit lines show the user id. Check the users:read scope',
        );
        return undefined;
      },
    );
    this.#names.set(slackId, { at: this.#now(), value });
    return value;
  }

  async #groupsOf(slackId: string): Promise<string[]> {
    const fresh = this.#groups && this.#now() - this.#groups.at < (this.#options.groupTtlMs ?? 300_000);
    if (!fresh) this.#groups = { at: this.#now(), value: this.#loadGroups() };
    const members = await (this.#groups as Cached<Map<string, string[]>>).value;
    return members.get(slackId) ?? [];
  }

  async #loadGroups(): Promise<Map<string, string[]>> {
    const byUser = new Map<string, string[]>();
    try {
      const { usergroups } = await this.#api.usergroups.list({ include_users: true });
      for (const group of usergroups ?? []) {
        for (const user of group.users ?? []) {
          if (group.id) byUser.set(user, [...(byUser.get(user) ?? []), group.id]);
        }
      }
    } catch (error) {
      this.#groups = undefined;
      this.#options.logger.warn(
        { err: error },
        'listing Slack user groups failed (usergroups.list); approvers named by group cannot approve until it works. Check the usergroups:read scope',
      );
    }
    return byUser;
  }
}
