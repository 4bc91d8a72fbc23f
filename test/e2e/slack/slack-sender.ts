// How the fake Slack delivers to ATLAS: signed HTTP requests to a bot's /slack/events, or Socket Mode
// envelopes over the bots' WebSocket.
import type { FakeSocketMode } from './fake-socket-mode.ts';
import {
  commandRequest,
  eventRequest,
  interactionRequest,
  type SignedOptions,
  type SlackReply,
  sendSigned,
} from './signed-request.ts';
import type { SlackBot } from './slack-bot.ts';

export class SlackSender {
  readonly #bots: readonly SlackBot[];
  readonly #socket: FakeSocketMode | undefined;
  readonly #secret: string;

  constructor(bots: readonly SlackBot[], socket: FakeSocketMode | undefined, secret: string) {
    this.#bots = bots;
    this.#socket = socket;
    this.#secret = secret;
  }

  /** An Events API payload, to bot `instance` (HTTP) or over the socket. */
  event(payload: object, options: SignedOptions & { instance?: number } = {}): Promise<SlackReply> {
    if (this.#socket) return this.#envelope('events_api', payload, options.retryNum);
    const { body, type } = eventRequest(payload);
    return sendSigned(this.#url(options.instance), this.#secret, body, type, options);
  }

  slash(fields: Record<string, string>, options: SignedOptions = {}): Promise<SlackReply> {
    if (this.#socket) return this.#envelope('slash_commands', fields);
    const { body, type } = commandRequest(fields);
    return sendSigned(this.#url(), this.#secret, body, type, options);
  }

  interaction(payload: object, options: SignedOptions = {}): Promise<SlackReply> {
    if (this.#socket) return this.#envelope('interactive', payload);
    const { body, type } = interactionRequest(payload);
    return sendSigned(this.#url(), this.#secret, body, type, options);
  }

  #url(instance = 0): string {
    const bot = this.#bots[instance];
    if (!bot) throw new Error(`there is no bot ${instance}`);
    return bot.eventsUrl;
  }

  async #envelope(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: object,
    retry = 0,
  ): Promise<SlackReply> {
    const ack = await this.#socket!.send(type, payload, retry);
    return { status: 200, body: JSON.stringify(ack.payload ?? {}), ms: ack.ms };
  }
}
