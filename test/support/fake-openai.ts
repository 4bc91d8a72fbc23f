// A local OpenAI-compatible server for tests: POST /v1/chat/completions answers with scripted replies
// (tool calls, text, HTTP errors, slow answers, broken bodies) and records every request it got.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedCall {
  name: string;
  /** An object is sent as JSON; a string is sent as it is (to script malformed arguments). */
  arguments: unknown;
  id?: string;
}

export type ScriptedReply =
  | { toolCalls: ScriptedCall[]; content?: string }
  | { content: string }
  | { status: number; message?: string; retryAfterSeconds?: number }
  | { raw: string }
  | { delayMs: number; reply: ScriptedReply };

export interface RecordedRequest {
  model: string;
  messages: { role: string; content?: string | null; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { function: { name: string; parameters: unknown } }[];
}

export class FakeOpenAi {
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  readonly #queue: ScriptedReply[] = [];
  #calls = 0;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<FakeOpenAi> {
    let fake: FakeOpenAi | undefined;
    const server = createServer((req, res) => void fake?.handle(req, res));
    fake = new FakeOpenAi(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The base URL, as OPENAI_BASE_URL takes it. */
  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/v1`;
  }

  /** Replies for the next calls, in order. A call with nothing scripted gets HTTP 500. */
  script(...replies: ScriptedReply[]): void {
    this.#queue.push(...replies);
  }

  /** Forgets the script and the recorded requests. */
  reset(): void {
    this.#queue.length = 0;
    this.requests.length = 0;
  }

  get pending(): number {
    return this.#queue.length;
  }

  /** Every text the model was sent, joined: to check what reached it. */
  sentText(): string {
    return this.requests.map((r) => JSON.stringify(r.messages)).join('\n');
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions'))
      return send(res, 404, { error: { message: 'not found' } });
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest;
    this.requests.push(body);
    await this.#reply(res, body, this.#queue.shift());
  }

  async #reply(res: ServerResponse, body: RecordedRequest, reply: ScriptedReply | undefined): Promise<void> {
    if (reply === undefined)
      return send(res, 500, { error: { message: 'the fake model has no scripted reply' } });
    if ('delayMs' in reply) {
      await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (res.destroyed) return;
      return this.#reply(res, body, reply.reply);
    }
    if ('status' in reply) {
      const headers: Record<string, string> =
        reply.retryAfterSeconds === undefined ? {} : { 'retry-after': String(reply.retryAfterSeconds) };
      return send(
        res,
        reply.status,
        { error: { message: reply.message ?? `scripted ${reply.status}` } },
        headers,
      );
    }
    if ('raw' in reply) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(reply.raw);
      return;
    }
    send(res, 200, completion(body, reply, ++this.#calls));
  }
}

function completion(
  body: RecordedRequest,
  reply: { toolCalls?: ScriptedCall[]; content?: string },
  n: number,
) {
  const toolCalls = (reply.toolCalls ?? []).map((call, i) => ({
    id: call.id ?? `call_${n}_${i}`,
    type: 'function',
    function: {
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    },
  }));
  const message = {
    role: 'assistant',
    content: reply.content ?? null,
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
  };
  return {
    id: `chatcmpl-${n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message, finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop' }],
    usage: {
      prompt_tokens: Math.ceil(JSON.stringify(body.messages).length / 4),
      completion_tokens: Math.ceil(JSON.stringify(message).length / 4),
      total_tokens: 0,
    },
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
