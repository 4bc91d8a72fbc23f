import { PermissionFlagsBits } from 'discord.js';
import { notice } from '../../core/views/notices.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { ATLAS_PERMISSIONS } from './permissions.ts';
import type { ChannelFacts } from './thread-refs.ts';

const NEEDED: Record<ChannelFacts['kind'], readonly string[]> = {
  dm: [],
  thread: ['View Channel', 'Send Messages in Threads', 'Embed Links'],
  channel: ['View Channel', 'Create Public Threads', 'Send Messages in Threads', 'Embed Links'],
};

/**
 * The permissions ATLAS lacks where an interaction happened, by name, from the `app_permissions`
 * Discord sends with every interaction. Administrator implies all.
 */
export function missingPermissions(granted: bigint, where: ChannelFacts['kind']): string[] {
  if ((granted & PermissionFlagsBits.Administrator) !== 0n) return [];
  return NEEDED[where].filter((name) => (granted & (ATLAS_PERMISSIONS[name] ?? 0n)) === 0n);
}

/** What the person is told when ATLAS lacks permissions where they asked. */
export function missingPermissionsView(missing: readonly string[]): ThreadView {
  return notice(
    `ATLAS is missing permissions in this channel: ${missing.join(', ')}.`,
    'Some answers may not appear. Ask a server admin to grant them (docs/discord.md lists what ATLAS needs).',
    'warning',
  );
}
