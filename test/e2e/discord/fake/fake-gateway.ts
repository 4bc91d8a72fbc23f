// A Discord gateway over a real WebSocket: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats and their
// ACKs, dispatches with sequence numbers, and RESUME, which replays what a dropped connection missed.

import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { guildCreate } from './fake-shapes.ts';
import type { FakeState } from './fake-state.ts';

const MESSAGE_CONTENT = 1 << 15;

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, for replay after a resume. */
  log: { s: number; t: string; d: unknown }[];
  socket: WebSocket | undefined;
}

export class FakeGateway {
  readonly #state: FakeState;
  readonly #wss: WebSocketServer;
  readonly #url: string;
  /** One per connected client (several ATLAS processes may connect the same shard). */
  readonly #sessions: Session[] = [];
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  /** How often clients must heartbeat; short, so tests see heartbeats. */
  heartbeatIntervalMs = 250;
  /** Off: heartbeats go unanswered, as on a half-dead connection (a "zombie"). */
  ackHeartbeats = true;
  /** Dispatch times, by interaction id: the benchmark measures from here. */
  readonly sentAt = new Map<string, number>();

  constructor(server: Server, state: FakeState, url: string) {
    this.#state = state;
    this.#url = url;
    this.#wss = new WebSocketServer({ server, path: '/gateway' });
    this.#wss.on('connection', (socket) => this.#accept(socket));
  }

  get url(): string {
    return this.#url;
  }

  /** How many clients are connected and identified. */
  get connected(): number {
    return this.#sessions.filter((s) => s.socket !== undefined).length;
  }

  /** Sends a dispatch to every session now, or keeps it for its resume when its connection is down. */
  dispatch(t: string, d: unknown): void {
    if (t === 'INTERACTION_CREATE') this.sentAt.set((d as { id: string }).id, performance.now());
    for (const session of this.#sessions) this.#send(session, t, d);
  }

  /** Drops every connection the way a network failure or a Discord restart does (4000: resumable). */
  drop(): void {
    for (const session of this.#sessions) {
      const socket = session.socket;
      session.socket = undefined;
      socket?.close(4000, 'Unknown error');
    }
  }

  #send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    session.log.push(event);
    session.socket?.send(JSON.stringify({ op: 0, ...event }));
  }

  close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    return new Promise((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    socket.on('message', (raw) =>
      this.#receive(socket, JSON.parse(String(raw)) as { op: number; d: unknown }),
    );
    socket.on('close', () => {
      for (const session of this.#sessions) if (session.socket === socket) session.socket = undefined;
    });
  }

  #receive(socket: WebSocket, payload: { op: number; d: unknown }): void {
    if (payload.op === 1) {
      this.heartbeats += 1;
      if (this.ackHeartbeats) socket.send(JSON.stringify({ op: 11 }));
    } else if (payload.op === 2) this.#identify(socket, payload.d as { token: string; intents: number });
    else if (payload.op === 6)
      this.#resume(socket, payload.d as { token: string; session_id: string; seq: number });
  }

  #identify(socket: WebSocket, d: { token: string; intents: number }): void {
    if (d.token !== this.#state.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    if (d.intents & MESSAGE_CONTENT && !this.#state.messageContentIntent) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.identifies += 1;
    const session: Session = { id: randomUUID(), seq: 0, log: [], socket };
    this.#sessions.push(session);
    this.#send(session, 'READY', {
      v: 10,
      user: this.#state.bot,
      guilds: [{ id: this.#state.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.#url,
      shard: [0, 1],
      application: { id: this.#state.applicationId, flags: 0 },
    });
    this.#send(session, 'GUILD_CREATE', guildCreate(this.#state));
  }

  #resume(socket: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    const session = this.#sessions.find((s) => s.id === d.session_id);
    if (!session || d.token !== this.#state.token) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.resumes += 1;
    session.socket = socket;
    for (const event of session.log.filter((e) => e.s > d.seq))
      socket.send(JSON.stringify({ op: 0, ...event }));
    this.#send(session, 'RESUMED', {});
  }
}
