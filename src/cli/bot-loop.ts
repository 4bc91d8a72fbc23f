import type { Server } from 'node:http';
import { ChatRouter } from '../core/chat-router.ts';
import type { Logger } from '../ports/logger.ts';
import { ADAPTERS, type ChatAdapter } from './chat-adapters.ts';
import type { RouteHandler } from './http-endpoint.ts';
import { startRenderer } from './renderer-loop.ts';
import type { Runtime } from './runtime.ts';
import { startStatusEndpoint } from './status-endpoint.ts';

/** The bot side of a process: the configured chat adapters, the renderer of worker events, the HTTP endpoint. */
export async function startBot(runtime: Runtime, logger: Logger): Promise<{ close(): Promise<void> }> {
  const { config } = runtime.options;
  const routes = new Map<string, RouteHandler>();
  const context = { config, deps: runtime.deps, messages: runtime.messages, logger, routes };
  const adapters: ChatAdapter[] = [];
  for (const factory of ADAPTERS) {
    const adapter = await factory(context);
    if (adapter) adapters.push(adapter);
  }
  const server: Server = await startStatusEndpoint(runtime, logger, routes);
  for (const adapter of adapters) await adapter.start();
  const router = new ChatRouter(Object.fromEntries(adapters.map((a) => [a.platform, a.chat])));
  const rendering = adapters.length > 0 ? await startRenderer(runtime, router) : undefined;
  if (adapters.length === 0) {
    logger.warn(
      {},
      'no chat platform configured: set the Slack or Discord settings (docs/configuration.md); `atlas console` chats in a terminal',
    );
  } else {
    logger.info({ platforms: adapters.map((a) => a.platform) }, 'chat adapters running');
  }
  return {
    close: async () => {
      await rendering?.close();
      for (const adapter of adapters) await adapter.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
