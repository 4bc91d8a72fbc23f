// Reading a request: the path under /api2/json and the parameters from the query and the body
// (application/x-www-form-urlencoded like PVE clients send, or JSON).
import type { IncomingMessage } from 'node:http';
import { wireValue } from './contract.ts';
import { SimError } from './sim-error.ts';

export const API_BASE = '/api2/json';
const MAX_BODY = 1024 * 1024;

export interface ParsedRequest {
  method: string;
  /** Without /api2/json; undefined when the URL is outside the API. */
  path: string | undefined;
  rawPath: string;
  params: Record<string, string>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new SimError(413, 'request entity too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function bodyParams(contentType: string, body: string): Record<string, string> {
  if (body.trim() === '') return {};
  if (contentType.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const entries = Object.entries(parsed).filter(([, value]) => value !== null && value !== undefined);
    return Object.fromEntries(entries.map(([key, value]) => [key, wireValue(value)]));
  }
  return Object.fromEntries(new URLSearchParams(body));
}

export async function parseRequest(req: IncomingMessage): Promise<ParsedRequest> {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', 'http://sim.invalid');
  const rawPath = url.pathname;
  const path =
    rawPath === API_BASE || rawPath.startsWith(`${API_BASE}/`)
      ? rawPath.slice(API_BASE.length) || '/'
      : undefined;
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  const body = await readBody(req);
  try {
    Object.assign(params, bodyParams(String(req.headers['content-type'] ?? ''), body));
  } catch {
    throw new SimError(400, 'Parameter verification failed.', { body: 'unable to parse the request body' });
  }
  return { method, path, rawPath, params };
}
