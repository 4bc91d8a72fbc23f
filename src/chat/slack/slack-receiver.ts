import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger as BoltLogger, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';

export const EVENTS_PATH = '/slack/events';

export type SlackMode =
  | { kind: 'http'; signingSecret: string }
  | { kind: 'socket'; appToken: string; clientPingTimeoutMs?: number };

/**
 * Bolt's receiver for the mode: HTTP (signed requests to /slack/events, served on ATLAS's own HTTP port,
 * acknowledged before processing) or Socket Mode (a WebSocket that ATLAS opens to Slack).
 */
export function createReceiver(
  mode: SlackMode,
  logger: BoltLogger,
  clientOptions: webApi.WebClientOptions,
): HTTPReceiver | SocketModeReceiver {
  if (mode.kind === 'http') {
    return new HTTPReceiver({
      signingSecret: mode.signingSecret,
      endpoints: EVENTS_PATH,
      logger,
      processBeforeResponse: false,
    });
  }
  return new SocketModeReceiver({
    appToken: mode.appToken,
    logger,
    installerOptions: { clientOptions },
    ...(mode.clientPingTimeoutMs ? { clientPingTimeout: mode.clientPingTimeoutMs } : {}),
  });
}

/** The HTTP route: Bolt verifies and answers POSTs; anything else, or a request before start, is refused. */
export function httpHandler(receiver: () => HTTPReceiver | undefined) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const ready = receiver();
    if (!ready) {
      send(res, 503, 'ATLAS is starting; Slack will retry.\n');
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, 'POST Slack events here.\n');
      return;
    }
    try {
      ready.requestListener(req, res);
    } catch {
      send(res, 404, 'not found\n');
    }
  };
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}
