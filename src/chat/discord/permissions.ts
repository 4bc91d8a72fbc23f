import { PermissionFlagsBits } from 'discord.js';

/** Every permission ATLAS uses, by the name Discord's settings show. */
export const ATLAS_PERMISSIONS: Readonly<Record<string, bigint>> = {
  'View Channel': PermissionFlagsBits.ViewChannel,
  'Send Messages': PermissionFlagsBits.SendMessages,
  'Send Messages in Threads': PermissionFlagsBits.SendMessagesInThreads,
  'Embed Links': PermissionFlagsBits.EmbedLinks,
  'Create Public Threads': PermissionFlagsBits.CreatePublicThreads,
  'Read Message History': PermissionFlagsBits.ReadMessageHistory,
};

/** The permissions integer of the invite link: all of ATLAS_PERMISSIONS. */
export function permissionsInteger(): bigint {
  return Object.values(ATLAS_PERMISSIONS).reduce((all, bit) => all | bit, 0n);
}

/** The link a server admin opens to add ATLAS with the permissions it needs and its slash command. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: 'bot applications.commands',
    permissions: String(permissionsInteger()),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
