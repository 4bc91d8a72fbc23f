import { type Client, Events } from 'discord.js';
import type { Logger } from '../../ports/logger.ts';

/** Close codes after which discord.js gives up, and what to do about each. */
const FATAL: Record<number, string> = {
  4004: 'the bot token was refused: set DISCORD_TOKEN to the token from the Developer Portal',
  4010: 'an invalid shard was sent: check the shard settings',
  4011: 'Discord requires sharding for this bot: run more shards (docs/discord.md)',
  4013: 'invalid intents were sent',
  4014: 'Message Content Intent is not enabled for this application (Developer Portal → Bot)',
};

/** Logs what the gateway connection does: disconnects, resumes, errors. Messages only, never tokens. */
export function watchGateway(client: Client, logger: Logger): void {
  client.on(Events.ShardReconnecting, (shard) => {
    logger.warn({ shard }, 'Discord: gateway connection lost; reconnecting to resume the session');
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    logger.info({ shard, replayed }, 'Discord: gateway session resumed; missed events replayed');
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.error(
      { shard, closeCode: event.code },
      `Discord: the gateway closed for good: ${FATAL[event.code] ?? 'see the close code in the Discord docs'}`,
    );
  });
  client.on(Events.ShardError, (error, shard) => {
    logger.warn({ shard, reason: error.message }, 'Discord: gateway connection error');
  });
  client.on(Events.Warn, (message) => logger.warn({}, `Discord: ${message}`));
  client.on(Events.Error, (error) => logger.error({ reason: error.message }, 'Discord: client error'));
}
