import type { Config } from '../config/index.ts';
import { AtlasError } from '../domain/errors.ts';
import type { AdapterContext, AdapterFactory, ChatAdapter } from './chat-adapters.ts';

export interface DiscordSettings {
  token: string;
  applicationId: string;
  apiUrl?: string;
}

/** The Discord settings, or undefined when Discord is not configured; half a configuration is an error. */
export function discordSettings(config: Config): DiscordSettings | undefined {
  const { token, applicationId, apiUrl } = config.discord;
  if (!token && !applicationId) return undefined;
  if (!token || !applicationId) {
    const missing = token ? 'DISCORD_APPLICATION_ID' : 'DISCORD_TOKEN';
    throw new AtlasError('config', `Discord is half configured: ${missing} is not set.`, {
      hint: 'Set both DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your application), see docs/discord.md.',
    });
  }
  return { token: token.reveal(), applicationId, ...(apiUrl ? { apiUrl } : {}) };
}

/** The Discord adapter as `atlas start|bot` runs it. discord.js is loaded only when Discord is configured. */
export async function startDiscordAdapter(context: AdapterContext): Promise<ChatAdapter | undefined> {
  const settings = discordSettings(context.config);
  if (!settings) return undefined;
  const { DiscordAdapter } = await import('../chat/discord/discord-adapter.ts');
  const adapter = new DiscordAdapter({
    ...settings,
    deps: context.deps,
    messages: context.messages,
    logger: context.logger,
  });
  return {
    platform: 'discord',
    chat: adapter.chat,
    start: () => adapter.start(),
    close: () => adapter.close(),
  };
}

export const discordAdapter: AdapterFactory = (context) => startDiscordAdapter(context);
