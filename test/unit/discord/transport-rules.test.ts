import { readFileSync } from 'node:fs';
import { DiscordAPIError, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { asksForReason, buttonValueOfModal, reasonModalId } from '../../../src/chat/discord/custom-ids.ts';
import { discordFailure } from '../../../src/chat/discord/discord-failure.ts';
import { missingPermissions } from '../../../src/chat/discord/missing-permissions.ts';
import { userRef } from '../../../src/chat/discord/people.ts';
import { ATLAS_PERMISSIONS, inviteUrl, permissionsInteger } from '../../../src/chat/discord/permissions.ts';
import { isApprover } from '../../../src/core/approvers.ts';
import { encodeButton } from '../../../src/domain/thread-view.ts';
import { testPolicy } from '../../support/memory-ports.ts';

const REJECT = encodeButton({ action: 'reject', requestId: 'R-7F3KQZ9W', planHash: '0123456789ab' });

describe('Discord transport rules', () => {
  it('carries the button value through the reason modal and back, within 100 characters', () => {
    const modal = reasonModalId(REJECT);

    expect(modal.length).toBeLessThanOrEqual(100);
    expect(buttonValueOfModal(modal)).toBe(REJECT);
    expect(asksForReason(REJECT)).toBe(true);
    expect(asksForReason(REJECT.replace('reject', 'approve'))).toBe(false);
    expect(buttonValueOfModal('something-else')).toBeUndefined();
  });

  it('names the permissions ATLAS lacks where it was asked', () => {
    const all =
      PermissionFlagsBits.ViewChannel |
      PermissionFlagsBits.SendMessagesInThreads |
      PermissionFlagsBits.EmbedLinks |
      PermissionFlagsBits.CreatePublicThreads;

    expect(missingPermissions(all, 'channel')).toEqual([]);
    expect(missingPermissions(all & ~PermissionFlagsBits.CreatePublicThreads, 'channel')).toEqual([
      'Create Public Threads',
    ]);
    expect(missingPermissions(PermissionFlagsBits.ViewChannel, 'thread')).toEqual([
      'Send Messages in Threads',
      'Embed Links',
    ]);
    expect(missingPermissions(PermissionFlagsBits.Administrator, 'channel')).toEqual([]);
    expect(missingPermissions(0n, 'dm')).toEqual([]);
  });

  it('invites with exactly the permissions docs/discord.md lists', () => {
    const docs = readFileSync(new URL('../../../docs/discord.md', import.meta.url), 'utf8');

    const url = new URL(inviteUrl('123456789012345678'));

    expect(url.searchParams.get('permissions')).toBe(String(permissionsInteger()));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(docs).toContain(`**${permissionsInteger()}**`);
    for (const name of Object.keys(ATLAS_PERMISSIONS))
      expect(docs).toMatch(new RegExp(`^\\| ${name} +\\|`, 'm'));
  });

  it('makes members’ roles their groups, so role approvers work', () => {
    const user = userRef({
      id: '80351110224678912',
      username: 'bob',
      globalName: 'Bob B',
      nick: null,
      roles: ['42'],
    });

    expect(user).toEqual({ id: 'discord:80351110224678912', name: 'Bob B', groups: ['42'] });
    expect(isApprover(testPolicy({ approvers: ['discord:group:42'] }), user)).toBe(true);
    expect(isApprover(testPolicy({ approvers: ['discord:group:43'] }), user)).toBe(false);
  });

  it('reports a failed call without its URL, which may hold an interaction token', () => {
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpzZWNyZXQ';
    const raw = new DiscordAPIError(
      { code: 50013, message: 'Missing Permissions' },
      50013,
      403,
      'POST',
      `https://discord.com/api/v10/webhooks/1/${token}`,
      { body: { content: 'x' } },
    );

    const failure = discordFailure('following up an interaction', raw, ['Send Messages']);

    expect(failure.message).toBe(
      'following up an interaction: Discord refused (Missing Permissions, 50013).',
    );
    expect(failure.hint).toMatch(/Send Messages/);
    expect(failure.code).toBe('forbidden');
    expect(JSON.stringify({ ...failure, message: failure.message, hint: failure.hint })).not.toContain(token);
    expect(failure.cause).toBeUndefined();
  });
});
