import { Client, GatewayIntentBits, Partials } from 'discord.js';

export interface DiscordClientOptions {
  /** REST base URL (default https://discord.com/api). The gateway URL comes from its GET /gateway/bot. */
  apiUrl?: string;
  /** The shards this process connects, of how many; default: all shards, as many as Discord recommends. */
  shards?: { ids: readonly number[]; count: number };
}

/**
 * The discord.js client ATLAS runs: one gateway connection per shard, which resumes after a disconnect
 * and replays what was missed. Intents: servers, their messages and DMs, and message content (to read
 * messages in ATLAS's threads that do not mention it).
 */
export function createDiscordClient(options: DiscordClientOptions): Client {
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: options.apiUrl ? { api: options.apiUrl.replace(/\/+$/, '') } : {},
    ...(options.shards ? { shards: [...options.shards.ids], shardCount: options.shards.count } : {}),
  });
}
