import { describe, expect, it } from 'vitest';
import { type SlackUsersApi, UserDirectory } from '../../../src/chat/slack/user-directory.ts';
import { silentLogger } from '../../support/memory-ports.ts';

/** A stand-in for the two Web API methods, counting calls. */
function api(fail = false) {
  const calls = { info: 0, groups: 0 };
  const fake: SlackUsersApi = {
    users: {
      info: async ({ user }) => {
        calls.info += 1;
        if (fail) throw new Error('ratelimited');
        return {
          user: { name: user.toLowerCase(), profile: { display_name: user === 'UBOB' ? 'Bob B.' : '' } },
        };
      },
    },
    usergroups: {
      list: async () => {
        calls.groups += 1;
        return {
          usergroups: [
            { id: 'SOPS', users: ['UBOB', 'UCAROL'] },
            { id: 'SDEV', users: ['UBOB'] },
          ],
        };
      },
    },
  };
  return { fake, calls };
}

describe('UserDirectory', () => {
  it('names users once and caches them', async () => {
    const { fake, calls } = api();
    const users = new UserDirectory(fake, { logger: silentLogger, groups: false });

    const first = await users.user('UBOB');
    const again = await users.user('UBOB');
    const alice = await users.user('UALICE');

    expect(first).toEqual({ id: 'slack:UBOB', name: 'Bob B.' });
    expect(again).toEqual(first);
    expect(alice).toEqual({ id: 'slack:UALICE', name: 'ualice' });
    expect(calls).toEqual({ info: 2, groups: 0 });
  });

  it('fills in the groups a user is in when approvers name groups', async () => {
    const { fake, calls } = api();
    const users = new UserDirectory(fake, { logger: silentLogger, groups: true });

    expect((await users.user('UBOB')).groups).toEqual(['SOPS', 'SDEV']);
    expect((await users.user('UALICE')).groups).toBeUndefined();
    expect(calls.groups).toBe(1);
  });

  it('falls back to the name in the payload when Slack cannot say, and asks again next time', async () => {
    const { fake, calls } = api(true);
    const users = new UserDirectory(fake, { logger: silentLogger, groups: false });

    expect(await users.user('UBOB', 'bob')).toEqual({ id: 'slack:UBOB', name: 'bob' });
    expect(await users.user('UBOB')).toEqual({ id: 'slack:UBOB' });
    expect(calls.info).toBe(2);
  });

  it('looks a name up again once the cache has expired', async () => {
    const { fake, calls } = api();
    let now = 0;
    const users = new UserDirectory(fake, {
      logger: silentLogger,
      groups: false,
      userTtlMs: 1000,
      now: () => now,
    });

    await users.user('UBOB');
    now = 1500;
    await users.user('UBOB');

    expect(calls.info).toBe(2);
  });
});
