import { type CreateSlackOverrides, createSlackApp, type SlackApp } from '../chat/slack/create-slack-app.ts';
import { EVENTS_PATH, type SlackMode } from '../chat/slack/slack-receiver.ts';
import type { Config } from '../config/index.ts';
import { AtlasError } from '../domain/errors.ts';
import type { AdapterContext, AdapterFactory, ChatAdapter } from './chat-adapters.ts';

/** Which Slack mode the settings ask for, or undefined when Slack is not configured. */
export function slackMode(config: Config): SlackMode | undefined {
  const { botToken, signingSecret, appToken } = config.slack;
  if (!botToken) {
    if (signingSecret || appToken)
      throw new AtlasError(
        'config',
        'SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set, but SLACK_BOT_TOKEN is not.',
        {
          hint: "Set SLACK_BOT_TOKEN to the app's bot token (xoxb-...), see docs/slack.md.",
        },
      );
    return undefined;
  }
  if (appToken) return { kind: 'socket', appToken: appToken.reveal() };
  if (signingSecret) return { kind: 'http', signingSecret: signingSecret.reveal() };
  throw new AtlasError(
    'config',
    'SLACK_BOT_TOKEN is set, but neither SLACK_SIGNING_SECRET nor SLACK_APP_TOKEN is.',
    {
      hint: 'Set SLACK_SIGNING_SECRET to receive Slack over HTTP at /slack/events, or SLACK_APP_TOKEN (xapp-...) for Socket Mode; see docs/slack.md.',
    },
  );
}

/** The Slack adapter as `atlas start|bot` runs it; tests pass overrides (fast retries, pacing). */
export async function startSlackAdapter(
  context: AdapterContext,
  overrides: CreateSlackOverrides = {},
): Promise<(ChatAdapter & { slack: SlackApp }) | undefined> {
  const mode = slackMode(context.config);
  const botToken = context.config.slack.botToken;
  if (!mode || !botToken) return undefined;
  const slack = createSlackApp({
    botToken: botToken.reveal(),
    mode,
    ...(context.config.slack.apiUrl ? { apiUrl: context.config.slack.apiUrl } : {}),
    deps: context.deps,
    messages: context.messages,
    logger: context.logger,
    ...overrides,
  });
  if (mode.kind === 'http') context.routes.set(EVENTS_PATH, slack.handle);
  return {
    platform: 'slack',
    chat: slack.platform,
    slack,
    start: () => slack.start(),
    close: () => slack.close(),
  };
}

export const slackAdapter: AdapterFactory = (context) => startSlackAdapter(context);
