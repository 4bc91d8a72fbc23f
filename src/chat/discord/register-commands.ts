import { REST, Routes } from 'discord.js';
import { DISCORD_COMMANDS } from './command-definitions.ts';
import { discordFailure } from './discord-failure.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  apiUrl?: string;
  /** A server id: its commands change at once. Without one the commands are global. */
  guildId?: string;
}

export interface Registered {
  scope: string;
  commands: { name: string; id: string }[];
}

/**
 * Registers `/atlas` with Discord by overwriting the application's command list (guild or global).
 * Running it again changes nothing but the definitions: the command keeps its id, nothing is duplicated.
 */
export async function registerCommands(options: RegisterOptions): Promise<Registered> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl.replace(/\/+$/, '') } : {}).setToken(
    options.token,
  );
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const scope = options.guildId ? `server ${options.guildId}` : 'all servers (global)';
  try {
    const result = (await rest.put(route, { body: DISCORD_COMMANDS })) as { name: string; id: string }[];
    return { scope, commands: result.map(({ name, id }) => ({ name, id })) };
  } catch (error) {
    throw discordFailure(`registering the /atlas command in ${scope}`, error, [
      'the applications.commands scope (invite ATLAS with the URL in docs/discord.md)',
    ]);
  }
}
