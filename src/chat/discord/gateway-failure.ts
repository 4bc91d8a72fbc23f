import { DiscordAPIError } from 'discord.js';
import { AtlasError } from '../../domain/errors.ts';

/** Why connecting to the Discord gateway failed, with what to change. Never shows the token. */
export function gatewayFailure(error: unknown): AtlasError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'TokenInvalid' || (error instanceof DiscordAPIError && error.status === 401)) {
    return new AtlasError('config', 'Discord refused the bot token (DISCORD_TOKEN).', {
      hint: 'Copy the token again from the Developer Portal (your application → Bot → Reset Token).',
    });
  }
  if (code === 'DisallowedIntents' || /disallowed intents/i.test(message)) {
    return new AtlasError('config', 'Discord refused the gateway intents ATLAS asks for.', {
      hint: 'Enable "Message Content Intent" in the Developer Portal (your application → Bot → Privileged Gateway Intents); docs/discord.md shows how.',
    });
  }
  return new AtlasError('transient', `Connecting to the Discord gateway failed: ${message}`, {
    hint: 'Check that ATLAS reaches Discord (DISCORD_API_URL, proxy, firewall), then start it again.',
  });
}
