// One ATLAS bot process's Slack side, started the way `atlas bot` starts it: the adapter factory, the
// HTTP endpoint on its own port, then the adapter (which checks the token and, in Socket Mode, connects).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreateSlackOverrides, SlackApp } from '../../../src/chat/slack/create-slack-app.ts';
import type { ChatAdapter } from '../../../src/cli/chat-adapters.ts';
import { type RouteHandler, startHttpEndpoint } from '../../../src/cli/http-endpoint.ts';
import type { Runtime } from '../../../src/cli/runtime.ts';
import { startSlackAdapter } from '../../../src/cli/slack-adapter.ts';
import type { Logger } from '../../../src/ports/logger.ts';

export interface SlackBot {
  adapter: ChatAdapter & { slack: SlackApp };
  /** Where Slack posts events in HTTP mode. */
  eventsUrl: string;
  close(): Promise<void>;
}

export const FAST_RETRY = { retries: 3, factor: 1, minTimeout: 10, maxTimeout: 50 };

export async function startSlackBot(
  runtime: Runtime,
  logger: Logger,
  overrides: CreateSlackOverrides = {},
): Promise<SlackBot> {
  const routes = new Map<string, RouteHandler>();
  const adapter = await startSlackAdapter(
    { config: runtime.options.config, deps: runtime.deps, messages: runtime.messages, logger, routes },
    { retry: FAST_RETRY, ...overrides },
  );
  if (!adapter) throw new Error('the Slack adapter did not start: are the SLACK_* settings in the world?');
  const server: Server = await startHttpEndpoint({
    port: 0,
    host: '127.0.0.1',
    logger,
    routes,
    ready: async () => undefined,
    metrics: async () => ({ contentType: 'text/plain', body: '' }),
  });
  await adapter.start();
  const port = (server.address() as AddressInfo).port;
  return {
    adapter,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    close: async () => {
      await adapter.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
