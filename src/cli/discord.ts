import { parseArgs } from 'node:util';
import { DISCORD_COMMANDS } from '../chat/discord/command-definitions.ts';
import { inviteUrl } from '../chat/discord/permissions.ts';
import { registerCommands } from '../chat/discord/register-commands.ts';
import { loadConfig } from '../config/index.ts';
import { AtlasError } from '../domain/errors.ts';
import { registerSecrets } from './config-bridge.ts';
import { discordSettings } from './discord-adapter.ts';

const USAGE = `Usage: atlas discord register [--guild SERVER_ID]   register the /atlas slash command
       atlas discord invite                        print the link that adds ATLAS to a server
       atlas discord commands                      print the command definitions (JSON)`;

/** `atlas discord register|commands`: the /atlas command, registered with Discord or printed. */
export async function run(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { guild: { type: 'string' } },
    allowPositionals: true,
  });
  const [action] = positionals;
  if (action === 'commands') {
    process.stdout.write(`${JSON.stringify(DISCORD_COMMANDS, null, 2)}\n`);
    return 0;
  }
  if (action === 'invite') return invite();
  if (action !== 'register' || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  registerSecrets(config);
  const settings = discordSettings(config);
  if (!settings)
    throw new AtlasError(
      'config',
      'Discord is not configured: DISCORD_TOKEN and DISCORD_APPLICATION_ID are not set.',
      {
        hint: 'Set them from the Developer Portal (your application), see docs/discord.md.',
      },
    );
  const registered = await registerCommands({
    ...settings,
    ...(values.guild ? { guildId: values.guild } : {}),
  });
  const names = registered.commands.map((c) => `/${c.name}`).join(', ');
  process.stdout.write(`Registered ${names} in ${registered.scope}.\n`);
  if (!values.guild)
    process.stdout.write(
      'Global commands can take a while to appear; --guild SERVER_ID updates one server at once.\n',
    );
  return 0;
}

function invite(): number {
  const { applicationId } = loadConfig().discord;
  if (!applicationId)
    throw new AtlasError('config', 'DISCORD_APPLICATION_ID is not set.', {
      hint: 'Copy it from the Developer Portal (your application → General Information), see docs/discord.md.',
    });
  process.stdout.write(`${inviteUrl(applicationId)}\n`);
  return 0;
}
