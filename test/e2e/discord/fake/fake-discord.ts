// A local Discord: REST on http://127.0.0.1:PORT/api and a gateway on ws://127.0.0.1:PORT/gateway, one
// server with a channel, people who mention ATLAS, type slash commands, press buttons and fill modals.

import { createServer, type Server } from 'node:http';
import { FakeGateway } from './fake-gateway.ts';
import { commandOptions, interaction, messageCreate } from './fake-payloads.ts';
import { FakeRest, type Reply } from './fake-rest.ts';
import { messageObject } from './fake-shapes.ts';
import { type FakeChannel, FakeState, type StoredMessage } from './fake-state.ts';
import { buttonId, shownText } from './shown-text.ts';

export type Values = Record<string, string | number | boolean>;

export class FakeDiscord {
  readonly state = new FakeState();
  readonly rest: FakeRest;
  gateway!: FakeGateway;
  readonly #server: Server;
  apiUrl = '';

  private constructor() {
    this.rest = new FakeRest(this.state, () => this.gateway);
    this.#server = createServer((req, res) => void this.rest.handle(req, res));
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.#server.address() as { port: number };
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.gateway = new FakeGateway(fake.#server, fake.state, `ws://127.0.0.1:${port}/gateway`);
    return fake;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The next matching request gets this answer instead (a 429, a missing permission…). */
  script(method: string, path: RegExp, reply: Reply): void {
    this.rest.scripted.push({ method, path, ...reply });
  }

  /** `person` writes in a channel (the server's #ops by default). */
  say(person: string, text: string, channel: FakeChannel = this.state.general): string {
    const payload = messageCreate(this.state, this.state.person(person), channel, text);
    this.gateway.dispatch('MESSAGE_CREATE', payload);
    return payload.id;
  }

  /** Delivers a message event again, as Discord does after a resume that replays it. */
  redeliver(messageId: string): void {
    const message = this.state.messages.get(messageId);
    if (!message) throw new Error(`the fake Discord has no message ${messageId}`);
    this.gateway.dispatch('MESSAGE_CREATE', messageObject(this.state, message));
  }

  /** `person` writes `@ATLAS text`. */
  mention(person: string, text: string, channel: FakeChannel = this.state.general): string {
    return this.say(person, `<@${this.state.bot.id}> ${text}`, channel);
  }

  /** `/atlas <path> name:value…` */
  slash(
    person: string,
    path: string,
    values: Values = {},
    channel: FakeChannel = this.state.general,
  ): string {
    const data = { id: this.#commandId(), name: 'atlas', type: 1, options: commandOptions(path, values) };
    return this.#interact(person, channel, 2, data);
  }

  /** Typing into an option with autocomplete; `focus` names the option being typed. */
  autocomplete(person: string, path: string, values: Values, focus: string): string {
    const options = commandOptions(path, values);
    const leaf = (list: typeof options): typeof options =>
      list[0]?.options && list[0].type !== 3 ? leaf(list[0].options) : list;
    for (const option of leaf(options)) if (option.name === focus) option.focused = true;
    const data = { id: this.#commandId(), name: 'atlas', type: 1, options };
    return this.#interact(person, this.state.general, 4, data);
  }

  /** Presses the button labelled `label` on `message`. */
  press(person: string, message: StoredMessage, label: string): string {
    const customId = buttonId(message, label);
    if (!customId) throw new Error(`no ${label} button on message ${message.id}`);
    const data = { custom_id: customId, component_type: 2 };
    const id = this.#interact(person, this.#channel(message.channel_id), 3, data, {
      message: messageObject(this.state, message),
    });
    const record = this.state.interactions.get(id);
    if (record) record.messageId = message.id;
    return id;
  }

  /** Fills in and submits the modal ATLAS answered interaction `opened` with. */
  submitModal(person: string, opened: string, value: string): string {
    const modal = this.state.interactions.get(opened)?.acks.find((a) => a.type === 9)?.data;
    if (!modal) throw new Error(`interaction ${opened} was not answered with a modal`);
    const field = JSON.stringify(modal).match(/"type":4,"custom_id":"([^"]+)"/)?.[1] ?? 'reason';
    const source = this.state.interactions.get(opened);
    const message = source?.messageId ? this.state.messages.get(source.messageId) : undefined;
    const data = {
      custom_id: modal.custom_id,
      components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: field, value } }],
    };
    return this.#interact(person, this.#channel(source?.channelId ?? ''), 5, data, {
      ...(message ? { message: messageObject(this.state, message) } : {}),
    });
  }

  /** The thread ATLAS started on a message (a thread started on a message has its id). */
  thread(messageId: string): FakeChannel | undefined {
    return this.state.channels.get(messageId);
  }

  /** What everyone sees in a channel: every message's latest version. */
  visible(channelId: string): StoredMessage[] {
    return this.state.inChannel(channelId).filter((m) => !m.privateTo);
  }

  /** What only `person` sees (ephemeral answers to their interactions). */
  privateTo(person: string): StoredMessage[] {
    const id = this.state.person(person).user.id;
    return [...this.state.messages.values()].filter((m) => m.privateTo === id);
  }

  text(message: StoredMessage): string {
    return shownText(this.state, message);
  }

  #interact(person: string, channel: FakeChannel, type: number, data: object, extra = {}): string {
    const payload = interaction(this.state, this.state.person(person), channel, type, { ...data }, extra);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return payload.id;
  }

  #channel(id: string): FakeChannel {
    const channel = this.state.channels.get(id);
    if (!channel) throw new Error(`the fake Discord has no channel ${id}`);
    return channel;
  }

  #commandId(): string {
    const list = this.state.commands.get(`guild:${this.state.guildId}`) ?? this.state.commands.get('global');
    return String(list?.[0]?.id ?? '1');
  }
}
