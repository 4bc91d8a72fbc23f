// Slack payloads shaped like the real ones (the fields Slack sends that ATLAS or Bolt read, and a few more).
import { randomUUID } from 'node:crypto';

export const TEAM = 'T0001';
export const APP = 'A0001';

export function appMentionEvent(input: {
  user: string;
  text: string;
  channel: string;
  ts: string;
  threadTs?: string;
  eventId?: string;
}) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: APP,
    type: 'event_callback',
    event_id: input.eventId ?? `Ev${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: 'UATLAS', is_bot: true }],
    event: {
      type: 'app_mention',
      user: input.user,
      text: input.text,
      ts: input.ts,
      channel: input.channel,
      event_ts: input.ts,
      ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
    },
  };
}

export function slashCommand(input: {
  user: string;
  name: string;
  text: string;
  channel: string;
  responseUrl: string;
}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    team_domain: 'atlas-test',
    channel_id: input.channel,
    channel_name: 'ops',
    user_id: input.user,
    user_name: input.name,
    command: '/atlas',
    text: input.text,
    api_app_id: APP,
    response_url: input.responseUrl,
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
  };
}

export function blockActions(input: {
  user: string;
  name: string;
  channel: string;
  message: { ts: string; threadTs?: string; blocks: unknown[] };
  actionId: string;
  value: string;
  responseUrl: string;
}) {
  return {
    type: 'block_actions',
    team: { id: TEAM, domain: 'atlas-test' },
    user: { id: input.user, username: input.name, name: input.name, team_id: TEAM },
    api_app_id: APP,
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: input.message.ts,
      channel_id: input.channel,
      is_ephemeral: false,
    },
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    channel: { id: input.channel, name: 'ops' },
    message: {
      type: 'message',
      user: 'UATLAS',
      ts: input.message.ts,
      ...(input.message.threadTs ? { thread_ts: input.message.threadTs } : {}),
      blocks: input.message.blocks,
    },
    response_url: input.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: input.actionId,
        block_id: 'atlas_decision',
        value: input.value,
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
}

export function viewSubmission(input: {
  user: string;
  name: string;
  view: { id: string; view: Record<string, unknown> };
  reason: string | null;
}) {
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'atlas-test' },
    user: { id: input.user, username: input.name, name: input.name, team_id: TEAM },
    api_app_id: APP,
    token: 'legacy-verification-token',
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    view: {
      ...input.view.view,
      id: input.view.id,
      team_id: TEAM,
      state: { values: { reason: { reason: { type: 'plain_text_input', value: input.reason } } } },
      hash: '1.abc',
    },
    response_urls: [],
  };
}
