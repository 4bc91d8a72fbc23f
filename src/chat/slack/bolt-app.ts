import {
  App,
  type Logger as BoltLogger,
  type HTTPReceiver,
  type SocketModeReceiver,
  type webApi,
} from '@slack/bolt';
import { APPROVE_ACTION, OTHER_ACTIONS, onButton, REJECT_ACTION } from './on-button.ts';
import { onCommand } from './on-command.ts';
import { onMention } from './on-mention.ts';
import { onRejectReason } from './on-reject-reason.ts';
import { REJECT_CALLBACK_ID } from './reject-modal.ts';
import type { SlackSession } from './slack-session.ts';

export interface BoltAppOptions {
  receiver: HTTPReceiver | SocketModeReceiver;
  logger: BoltLogger;
  clientOptions: webApi.WebClientOptions;
  botToken: string;
  bot: { userId: string; botId: string };
}

/** Bolt's App with ATLAS's listeners: mentions, slash commands, the plan card's buttons, the reject dialog. */
export function createBoltApp(options: BoltAppOptions, session: SlackSession): App {
  const { bot, botToken } = options;
  const app = new App({
    receiver: options.receiver,
    logger: options.logger,
    clientOptions: options.clientOptions,
    // One workspace, one token; auth.test already ran, so Bolt needs no second call.
    authorize: async () => ({ botToken, botId: bot.botId, botUserId: bot.userId }),
  });
  app.event('app_mention', onMention(session));
  app.command(/.*/, onCommand(session));
  app.action(APPROVE_ACTION, onButton(session));
  app.action(REJECT_ACTION, onButton(session));
  // Every other ATLAS button (run a suggested command, roll back) goes to the core as it is.
  app.action(OTHER_ACTIONS, onButton(session));
  app.view(REJECT_CALLBACK_ID, onRejectReason(session));
  app.error(async (error) => {
    session.logger.error({ err: error }, 'a Slack request could not be handled');
  });
  return app;
}
