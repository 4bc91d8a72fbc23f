// A local stand-in for Slack's Socket Mode endpoint: sends `hello`, then envelopes with an envelope_id,
// and records the acknowledgements the app sends back ({ envelope_id, payload }).
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

export interface Ack {
  envelopeId: string;
  payload: unknown;
  ms: number;
}

export class FakeSocketMode {
  readonly acks: Ack[] = [];
  readonly #server: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  readonly #waiting = new Map<string, { sentAt: number; resolve: (ack: Ack) => void }>();

  private constructor(server: WebSocketServer) {
    this.#server = server;
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      socket.on('message', (data) => this.#onMessage(String(data)));
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }),
      );
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new FakeSocketMode(server);
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.#server.address() as AddressInfo).port}/link/?ticket=${randomUUID()}`;
  }

  get connections(): number {
    return this.#sockets.size;
  }

  /** Sends one envelope to a connected app and resolves with its acknowledgement. */
  send(type: EnvelopeType, payload: object, retryAttempt = 0): Promise<Ack> {
    const socket = [...this.#sockets][0];
    if (!socket) return Promise.reject(new Error('no Socket Mode connection'));
    const envelopeId = randomUUID();
    const acked = new Promise<Ack>((resolve) => {
      this.#waiting.set(envelopeId, { sentAt: performance.now(), resolve });
    });
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...(type === 'events_api'
          ? { retry_attempt: retryAttempt, retry_reason: retryAttempt ? 'timeout' : '' }
          : {}),
      }),
    );
    return acked;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #onMessage(text: string): void {
    const message = JSON.parse(text) as { envelope_id?: string; payload?: unknown };
    if (!message.envelope_id) return;
    const waiting = this.#waiting.get(message.envelope_id);
    const ack = {
      envelopeId: message.envelope_id,
      payload: message.payload,
      ms: waiting ? performance.now() - waiting.sentAt : Number.NaN,
    };
    this.acks.push(ack);
    this.#waiting.delete(message.envelope_id);
    waiting?.resolve(ack);
  }
}
