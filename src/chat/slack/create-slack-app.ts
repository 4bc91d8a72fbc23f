import type { IncomingMessage, ServerResponse } from 'node:http';
import { type App, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import { createDelivery } from '../../core/deliver.ts';
import type { CoreDeps } from '../../core/deps.ts';
import type { Logger } from '../../ports/logger.ts';
import type { MessageRefs } from '../../ports/message-refs.ts';
import { approverMentions } from './approver-mentions.ts';
import { BackgroundTasks } from './background-tasks.ts';
import { createBoltApp } from './bolt-app.ts';
import { boltLogger } from './bolt-logger.ts';
import { slackClientOptions, whoAmI } from './slack-client.ts';
import { SlackPlatform } from './slack-platform.ts';
import { createReceiver, httpHandler, type SlackMode } from './slack-receiver.ts';
import type { SlackSession } from './slack-session.ts';
import { type PacerOptions, UpdatePacer } from './update-pacer.ts';
import { UserDirectory } from './user-directory.ts';

export interface SlackAppOptions {
  botToken: string;
  mode: SlackMode;
  /** Web API base URL (GovSlack, a proxy, a test server); Slack's own by default. */
  apiUrl?: string;
  deps: CoreDeps;
  messages: MessageRefs;
  logger: Logger;
  /** Web API retries (rate limits wait for Retry-After); default: five retries in about five minutes. */
  retry?: webApi.RetryOptions;
  /** Message edits: one per message per second, 50 a minute in all, by default. */
  pacing?: Partial<Pick<PacerOptions, 'minIntervalMs' | 'perMinute' | 'burst'>>;
}

/** What tests (and special deployments) may tune beyond the settings. */
export type CreateSlackOverrides = Partial<Pick<SlackAppOptions, 'retry' | 'pacing'>>;

export interface SlackApp {
  readonly platform: SlackPlatform;
  /** HTTP mode's route for /slack/events (answers 503 until started). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Checks the bot token (auth.test), then listens: Socket Mode connects here. */
  start(): Promise<void>;
  /** Resolves when every acknowledged request has been answered and every edit sent. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The Slack adapter: Bolt for transport and verification, the core for everything else. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const logger = options.logger.child({ platform: 'slack' });
  const bolt = boltLogger(logger, LogLevel.INFO);
  const clientOptions = slackClientOptions({ ...options, logger: bolt });
  const session = createSession(options, new webApi.WebClient(options.botToken, clientOptions), logger);
  let bot: { userId: string; botId: string } | undefined;
  let app: App | undefined;
  let http: HTTPReceiver | undefined;
  session.botUserId = () => bot?.userId;
  const idle = async () => {
    await session.tasks.idle();
    await session.platform.idle();
  };
  return {
    platform: session.platform,
    handle: httpHandler(() => http),
    async start() {
      bot = await whoAmI(session.client, options.apiUrl);
      const receiver = createReceiver(options.mode, bolt, clientOptions);
      app = createBoltApp(
        { receiver, logger: bolt, clientOptions, botToken: options.botToken, bot },
        session,
      );
      if (options.mode.kind === 'socket') await app.start();
      if (receiver instanceof HTTPReceiver) http = receiver;
      logger.info({ mode: options.mode.kind, bot: bot.userId }, 'Slack adapter running');
    },
    idle,
    async close() {
      if (app && options.mode.kind === 'socket') await app.stop();
      app = undefined;
      http = undefined;
      await idle();
    },
  };
}

function createSession(options: SlackAppOptions, client: webApi.WebClient, logger: Logger): SlackSession {
  const pacer = new UpdatePacer({
    minIntervalMs: 1000,
    perMinute: 50,
    burst: 10,
    ...options.pacing,
    onError: (error, key) => logger.warn({ err: error, message: key }, 'a paced Slack message edit failed'),
  });
  const { approvers } = options.deps.policy;
  const platform = new SlackPlatform({
    client,
    pacer,
    logger,
    render: { mentions: approverMentions(approvers) },
  });
  return {
    deps: options.deps,
    client,
    platform,
    deliver: createDelivery(platform, options.messages),
    users: new UserDirectory(client, { logger, groups: approvers.some((a) => a.startsWith('slack:group:')) }),
    tasks: new BackgroundTasks(logger),
    logger,
    botUserId: () => undefined,
  };
}
