// A local stand-in for Slack's Web API (WebClient's `slackApiUrl` points here) and for response_url.
// It records every call, keeps what a person would see (FakeSlackState) and fails calls on request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeMethods, jsonArray } from './fake-slack-methods.ts';
import { FakeSlackState } from './fake-slack-state.ts';

export interface FakeCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** What the fake answered: 'ok', a Slack error string, or 'http 429'. */
  outcome: string;
}

export type Failure = { status: 429; retryAfter: number } | { error: string };

export class FakeSlackApi {
  readonly state = new FakeSlackState();
  readonly calls: FakeCall[] = [];
  /** usergroups.list answers these (group id → member ids). */
  readonly groups = new Map<string, string[]>();
  /** What apps.connections.open answers (the Socket Mode server's URL). */
  socketUrl: string | undefined;
  readonly #failures = new Map<string, Failure[]>();
  readonly #responders = new Map<string, string>();
  readonly #server: Server;
  #url = '';
  #n = 0;

  private constructor() {
    this.#server = createServer((req, res) => void this.#serve(req, res));
  }

  static async start(): Promise<FakeSlackApi> {
    const api = new FakeSlackApi();
    await new Promise<void>((resolve) => api.#server.listen(0, '127.0.0.1', resolve));
    api.#url = `http://127.0.0.1:${(api.#server.address() as AddressInfo).port}`;
    return api;
  }

  /** The Web API base URL, as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.#url}/api/`;
  }

  /** A fresh response_url for one slash command or button press by `user`. */
  responseUrl(user: string): string {
    const n = ++this.#n;
    this.#responders.set(String(n), user);
    return `${this.#url}/respond/${n}`;
  }

  /** The next `times` calls of `method` fail like this. */
  fail(method: string, failure: Failure, times = 1): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), ...Array(times).fill(failure)]);
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/respond/'))
      return this.#respond(path.slice('/respond/'.length), JSON.parse(body) as Record<string, unknown>, res);
    if (path.startsWith('/upload/')) return this.#upload(path, body, res);
    const method = path.replace(/^\/api\//, '');
    const args = parseArgs(body, req.headers['content-type'] ?? '');
    const token =
      /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (args.token as string | undefined);
    const failure = this.#failures.get(method)?.shift();
    const call: FakeCall = { method, args, token, at: Date.now(), outcome: 'ok' };
    this.calls.push(call);
    if (failure && 'status' in failure) {
      call.outcome = `http ${failure.status}`;
      res.writeHead(429, { 'retry-after': String(failure.retryAfter) });
      return void res.end();
    }
    const answer = failure ? { ok: false, error: failure.error } : this.#answer(method, args);
    if (answer.ok === false) call.outcome = String(answer.error);
    json(res, answer);
  }

  readonly #methods = fakeMethods({
    state: this.state,
    groups: this.groups,
    socketUrl: () => this.socketUrl,
    baseUrl: () => this.#url,
  });

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const handler = this.#methods[method];
    return handler ? handler(args) : { ok: false, error: 'unknown_method' };
  }

  #respond(n: string, body: Record<string, unknown>, res: ServerResponse): void {
    this.calls.push({ method: 'response_url', args: body, token: undefined, at: Date.now(), outcome: 'ok' });
    this.state.ephemerals.push({
      user: this.#responders.get(n) ?? '',
      text: String(body.text ?? ''),
      blocks: jsonArray(body.blocks),
      via: 'response_url',
    });
    json(res, { ok: true });
  }

  #upload(path: string, body: string, res: ServerResponse): void {
    const file = this.state.files[Number(path.slice('/upload/F'.length)) - 1];
    if (file) file.content = body;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('OK');
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function parseArgs(body: string, type: string): Record<string, unknown> {
  if (type.includes('application/json')) return JSON.parse(body || '{}') as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(body));
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
