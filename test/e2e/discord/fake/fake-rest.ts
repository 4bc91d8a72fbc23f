// Discord's REST API, the part ATLAS uses, with Discord's status codes and error codes: unknown
// channels, missing permissions, threads that exist, interactions answered twice or after 3 seconds.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { PermissionFlagsBits } from 'discord.js';
import { registerCommands } from './fake-commands.ts';
import type { FakeGateway } from './fake-gateway.ts';
import { answerInteraction, editOriginal, followUp } from './fake-interaction-routes.ts';
import { channelObject, messageObject } from './fake-shapes.ts';
import type { FakeChannel, FakeState, StoredMessage } from './fake-state.ts';
import { snowflake } from './snowflake.ts';

export type Body = Record<string, unknown>;
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Scripted extends Reply {
  method: string;
  path: RegExp;
}

export function fail(status: number, code: number, message: string): Reply {
  return { status, body: { code, message } };
}

export class FakeRest {
  readonly requests: { method: string; path: string; at: number; status: number }[] = [];
  readonly scripted: Scripted[] = [];
  readonly #state: FakeState;
  readonly #gateway: () => FakeGateway;

  constructor(state: FakeState, gateway: () => FakeGateway) {
    this.#state = state;
    this.#gateway = gateway;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text ? JSON.parse(text) : {}) as Body;
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    const reply = this.#script(method, path) ?? this.#route(method, path, body, req.headers.authorization);
    this.requests.push({ method, path, at: performance.now(), status: reply.status });
    const type = reply.body === undefined ? {} : { 'content-type': 'application/json' };
    res.writeHead(reply.status, { ...type, ...reply.headers });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  #script(method: string, path: string): Reply | undefined {
    const at = this.scripted.findIndex((s) => s.method === method && s.path.test(path));
    return at < 0 ? undefined : this.scripted.splice(at, 1)[0];
  }

  #route(method: string, path: string, body: Body, auth: string | undefined): Reply {
    const state = this.#state;
    const gateway = this.#gateway();
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'interactions') return answerInteraction(state, gateway, parts, body);
    if (parts[0] === 'webhooks' && method === 'PATCH') return editOriginal(state, gateway, parts, body);
    if (parts[0] === 'webhooks' && method === 'POST') return followUp(state, gateway, parts, body);
    if (auth !== `Bot ${state.token}`) return fail(401, 0, '401: Unauthorized');
    if (path === '/gateway/bot') return { status: 200, body: gatewayBot(gateway.url) };
    if (path === '/users/@me') return { status: 200, body: state.bot };
    if (parts[0] === 'applications') return registerCommands(state, method, parts, body);
    if (parts[0] === 'channels' && parts[2] === 'messages') return this.#messages(method, parts, body);
    return fail(404, 0, `404: Not Found (${method} ${path})`);
  }

  #messages(method: string, parts: string[], body: Body): Reply {
    const state = this.#state;
    const channel = state.channels.get(parts[1] ?? '');
    if (!channel) return fail(404, 10003, 'Unknown Channel');
    if (method === 'POST' && parts.length === 3) return postMessage(state, this.#gateway(), channel, body);
    const message = state.messages.get(parts[3] ?? '');
    if (!message || message.channel_id !== channel.id) return fail(404, 10008, 'Unknown Message');
    if (method === 'POST' && parts[4] === 'threads')
      return startThread(state, this.#gateway(), channel, message, body);
    if (method === 'PATCH' && message.author.id === state.bot.id) {
      editMessage(message, body);
      return { status: 200, body: messageObject(state, message) };
    }
    return fail(403, 50005, 'Cannot edit a message authored by another user');
  }
}

function gatewayBot(url: string) {
  return {
    url,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
  };
}

export function permissionsIn(state: FakeState, channel: FakeChannel): bigint {
  const parent = channel.parent_id ? state.channels.get(channel.parent_id) : undefined;
  return (parent ?? channel).permissions;
}

export function newMessage(state: FakeState, channelId: string, body: Body): StoredMessage {
  const message: StoredMessage = {
    id: snowflake(),
    channel_id: channelId,
    author: state.bot,
    content: '',
    embeds: [],
    components: [],
    flags: 0,
    edits: -1,
  };
  editMessage(message, body);
  const reference = (body.message_reference as { message_id?: string } | undefined)?.message_id;
  if (reference) message.reference = reference;
  state.messages.set(message.id, message);
  return message;
}

export function editMessage(message: StoredMessage, body: Body): void {
  if (typeof body.content === 'string') message.content = body.content;
  if (Array.isArray(body.embeds)) message.embeds = body.embeds as StoredMessage['embeds'];
  if (Array.isArray(body.components)) message.components = body.components as StoredMessage['components'];
  if (typeof body.flags === 'number') message.flags = body.flags;
  message.edits += 1;
}

function postMessage(state: FakeState, gateway: FakeGateway, channel: FakeChannel, body: Body): Reply {
  const granted = permissionsIn(state, channel);
  const send =
    channel.type === 11 ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  const embeds = Array.isArray(body.embeds) && body.embeds.length > 0 ? PermissionFlagsBits.EmbedLinks : 0n;
  if (
    (granted & (send | embeds | PermissionFlagsBits.ViewChannel)) !==
    (send | embeds | PermissionFlagsBits.ViewChannel)
  )
    return fail(403, 50013, 'Missing Permissions');
  const message = newMessage(state, channel.id, body);
  gateway.dispatch('MESSAGE_CREATE', messageObject(state, message));
  return { status: 200, body: messageObject(state, message) };
}

function startThread(
  state: FakeState,
  gateway: FakeGateway,
  channel: FakeChannel,
  message: StoredMessage,
  body: Body,
): Reply {
  if ((channel.permissions & PermissionFlagsBits.CreatePublicThreads) === 0n)
    return fail(403, 50013, 'Missing Permissions');
  if (state.channels.has(message.id))
    return fail(400, 160004, 'A thread has already been created for this message');
  const thread = state.addChannel({
    id: message.id,
    type: 11,
    name: String(body.name ?? 'thread'),
    parent_id: channel.id,
    owner_id: state.bot.id,
    permissions: 0n,
  });
  gateway.dispatch('THREAD_CREATE', { ...channelObject(state, thread), newly_created: true });
  return { status: 201, body: channelObject(state, thread) };
}
