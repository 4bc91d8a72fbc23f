// Writing answers like pve-api-daemon: `{"data": ...}` with content type application/json;charset=UTF-8;
// errors with the message as the reason phrase (and in the body); 401 with no body.
import type { ServerResponse } from 'node:http';
import type { SimError } from './sim-error.ts';

export const CONTENT_TYPE = 'application/json;charset=UTF-8';

function baseHeaders(): Record<string, string> {
  const now = new Date().toUTCString();
  return {
    Server: 'pve-api-daemon/3.0',
    'Cache-Control': 'max-age=0',
    Pragma: 'no-cache',
    Expires: now,
    Date: now,
  };
}

/** A reason phrase must be one line of printable text. */
function reason(message: string): string {
  return message.replace(/[^\x20-\x7e]+/g, ' ').trim();
}

function send(res: ServerResponse, status: number, statusMessage: string, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, reason(statusMessage), {
    ...baseHeaders(),
    'Content-Type': CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendData(res: ServerResponse, data: unknown, extra: Record<string, unknown> = {}): void {
  send(res, 200, 'OK', { data, ...extra });
}

export function sendError(res: ServerResponse, error: SimError): void {
  const body = {
    data: null,
    message: `${error.message}\n`,
    ...(error.errors ? { errors: error.errors } : {}),
  };
  send(res, error.status, error.message, body);
}

export function sendUnauthorized(res: ServerResponse, why: string): void {
  res.writeHead(401, reason(why), { ...baseHeaders(), 'Content-Length': 0 });
  res.end();
}
