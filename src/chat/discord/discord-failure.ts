import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { AtlasError, type AtlasErrorCode } from '../../domain/errors.ts';

/**
 * A Discord call that failed, as ATLAS reports it: what was being done, Discord's code, and what to do.
 * Built from discord.js errors without their URL or request body: interaction URLs carry tokens.
 */
export class DiscordFailure extends AtlasError {
  readonly status: number | undefined;
  readonly discordCode: number | undefined;

  constructor(
    code: AtlasErrorCode,
    message: string,
    details: { status?: number; discordCode?: number; hint?: string },
  ) {
    super(code, message, details.hint === undefined ? {} : { hint: details.hint });
    this.name = 'DiscordFailure';
    this.status = details.status;
    this.discordCode = details.discordCode;
  }
}

/** Discord's codes ATLAS reacts to. */
export const DISCORD_CODES = {
  missingAccess: RESTJSONErrorCodes.MissingAccess,
  missingPermissions: RESTJSONErrorCodes.MissingPermissions,
  threadExists: RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage,
  unknownInteraction: RESTJSONErrorCodes.UnknownInteraction,
  alreadyAcknowledged: RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
} as const;

/** Discord's error code of a failed call, if Discord gave one. */
export function discordCodeOf(error: unknown): number | undefined {
  if (error instanceof DiscordFailure) return error.discordCode;
  if (error instanceof DiscordAPIError && typeof error.code === 'number') return error.code;
  return undefined;
}

/**
 * `error` from a Discord call as a DiscordFailure. `what` says what ATLAS was doing ("posting in thread
 * 123"); `permissions` name what that needs, so a missing one is named in the message.
 */
export function discordFailure(
  what: string,
  error: unknown,
  permissions: readonly string[] = [],
): DiscordFailure {
  if (error instanceof DiscordFailure) return error;
  if (error instanceof DiscordAPIError) {
    const discordCode = typeof error.code === 'number' ? error.code : undefined;
    const details = { status: error.status, ...(discordCode === undefined ? {} : { discordCode }) };
    if (discordCode === DISCORD_CODES.missingPermissions || discordCode === DISCORD_CODES.missingAccess) {
      const needs = permissions.length > 0 ? permissions.join(', ') : 'View Channel';
      return new DiscordFailure('forbidden', `${what}: Discord refused (${error.message}, ${discordCode}).`, {
        ...details,
        hint: `Give ATLAS these permissions in that channel: ${needs} (docs/discord.md lists them all).`,
      });
    }
    if (error.status === 401)
      return new DiscordFailure('config', `${what}: Discord answered 401 (${error.message}).`, {
        ...details,
        hint: 'Discord refused the bot token: set DISCORD_TOKEN to the token of your application (Developer Portal → Bot).',
      });
    const code: AtlasErrorCode = error.status >= 500 ? 'transient' : 'internal';
    return new DiscordFailure(code, `${what}: Discord answered ${error.status} (${error.message}).`, details);
  }
  if (error instanceof HTTPError)
    return new DiscordFailure('transient', `${what}: Discord answered ${error.status}.`, {
      status: error.status,
    });
  const reason = error instanceof Error ? error.message : String(error);
  return new DiscordFailure(
    'transient',
    `${what}: ${reason.replace(/\/webhooks\/\S+|\/interactions\/\S+/g, '…')}`,
    {
      hint: 'Check that ATLAS can reach Discord (DISCORD_API_URL, proxy, network).',
    },
  );
}
