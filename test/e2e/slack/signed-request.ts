// Requests as Slack sends them to /slack/events: signed with the signing secret (v0 HMAC-SHA256).
import { createHmac } from 'node:crypto';

export interface SignedOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  retryNum?: number;
  /** Sign with this secret instead (a forged request). */
  secret?: string;
}

export interface SlackReply {
  status: number;
  body: string;
  ms: number;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function sendSigned(
  url: string,
  secret: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SignedOptions = {},
): Promise<SlackReply> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(options.secret ?? secret, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}

/** Events API bodies are JSON. */
export function eventRequest(payload: object): { body: string; type: 'application/json' } {
  return { body: JSON.stringify(payload), type: 'application/json' };
}

/** Slash commands are form fields. */
export function commandRequest(fields: Record<string, string>): {
  body: string;
  type: 'application/x-www-form-urlencoded';
} {
  return { body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' };
}

/** Interactions (buttons, modals) are one form field `payload` holding JSON. */
export function interactionRequest(payload: object): {
  body: string;
  type: 'application/x-www-form-urlencoded';
} {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    type: 'application/x-www-form-urlencoded',
  };
}
