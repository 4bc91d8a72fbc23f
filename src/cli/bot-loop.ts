import type { Server } from 'node:http';
import type { Logger } from '../ports/logger.ts';
import { startHttpEndpoint } from './http-endpoint.ts';
import type { Runtime } from './runtime.ts';

/** The bot side of a process: the HTTP endpoint and the chat adapters configured. */
export async function startBot(runtime: Runtime, logger: Logger): Promise<{ close(): Promise<void> }> {
  const { config } = runtime.options;
  const server: Server = await startHttpEndpoint({
    port: config.httpPort,
    logger,
    ready: async () => {
      await runtime.redis.ping();
      await runtime.sql.query('SELECT 1');
      await runtime.deps.inventory.nodes();
    },
    metrics: async () => ({
      contentType: runtime.metrics.contentType,
      body: await runtime.metrics.metricsText(),
    }),
  });
  if (!config.slack.botToken && !config.discord.token) {
    logger.warn(
      {},
      'no chat platform configured: set the Slack or Discord settings (docs/configuration.md); `atlas console` chats in a terminal',
    );
  }
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
