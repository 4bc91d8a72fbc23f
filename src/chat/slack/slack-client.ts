import { type Logger as BoltLogger, webApi } from '@slack/bolt';
import { AtlasError } from '../../domain/errors.ts';
import { describeSlackError, slackErrorCode } from './slack-api-error.ts';

export interface SlackClientOptions {
  botToken: string;
  logger: BoltLogger;
  /** Web API base URL (GovSlack, a proxy, a test server); Slack's own by default. */
  apiUrl?: string;
  /** Rate limits wait for Retry-After, then retry; default: five retries in about five minutes. */
  retry?: webApi.RetryOptions;
}

/** The Web API client options every Slack call of ATLAS uses (Bolt's and Socket Mode's too). */
export function slackClientOptions(options: SlackClientOptions): webApi.WebClientOptions {
  return {
    logger: options.logger,
    retryConfig: options.retry ?? webApi.retryPolicies.fiveRetriesInFiveMinutes,
    ...(options.apiUrl
      ? { slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/` }
      : {}),
  };
}

/** Checks the bot token and learns who the bot is (auth.test). */
export async function whoAmI(
  client: webApi.WebClient,
  apiUrl?: string,
): Promise<{ userId: string; botId: string }> {
  try {
    const auth = await client.auth.test();
    return { userId: auth.user_id ?? '', botId: auth.bot_id ?? '' };
  } catch (error) {
    if (slackErrorCode(error)) throw describeSlackError(error, 'the bot token (auth.test)', '-');
    throw new AtlasError('config', `Checking the Slack bot token failed: ${(error as Error).message}`, {
      hint: `ATLAS could not reach Slack's Web API${apiUrl ? ` at ${apiUrl} (SLACK_API_URL)` : ''}; check the network and proxy settings.`,
      cause: error,
    });
  }
}
