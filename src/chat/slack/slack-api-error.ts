import { AtlasError } from '../../domain/errors.ts';

/** The `error` string of a failed Web API call (`not_in_channel`), when Slack gave one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

const CHANNEL_PROBLEMS: Record<string, string> = {
  not_in_channel: 'ATLAS is not a member of that channel',
  channel_not_found: 'ATLAS cannot see that channel (it is private, deleted, or in another workspace)',
  is_archived: 'that channel is archived',
  restricted_action: 'the workspace does not let ATLAS post in that channel',
};

/** Whether the failure is about the channel: something an operator or the person can fix. */
export function isChannelProblem(code: string | undefined): boolean {
  return code !== undefined && code in CHANNEL_PROBLEMS;
}

/** A failed Web API call as an error a person can act on. */
export function describeSlackError(error: unknown, doing: string, channel: string): AtlasError {
  const code = slackErrorCode(error);
  if (code && isChannelProblem(code)) {
    return new AtlasError(
      'config',
      `Slack refused ${doing} in channel ${channel}: ${CHANNEL_PROBLEMS[code]} (${code}).`,
      {
        hint: 'Invite the app to the channel (/invite @ATLAS) and ask again, or ask in a channel where ATLAS is.',
        cause: error,
      },
    );
  }
  if (
    code === 'invalid_auth' ||
    code === 'not_authed' ||
    code === 'token_revoked' ||
    code === 'account_inactive'
  ) {
    return new AtlasError('config', `Slack refused ${doing}: the bot token is not valid (${code}).`, {
      hint: 'Check SLACK_BOT_TOKEN (xoxb-...) and that the app is still installed in the workspace.',
      cause: error,
    });
  }
  if (code === 'missing_scope') {
    return new AtlasError('config', `Slack refused ${doing}: the app lacks a scope (missing_scope).`, {
      hint: 'Reinstall the app from manifests/slack-app.yaml, which lists every scope ATLAS needs.',
      cause: error,
    });
  }
  return new AtlasError(
    'transient',
    `Slack did not accept ${doing} in channel ${channel}${code ? ` (${code})` : ''}.`,
    {
      hint: 'ATLAS retries rate limits by itself; if this keeps happening, check the Slack API status and the ATLAS log.',
      cause: error,
    },
  );
}
