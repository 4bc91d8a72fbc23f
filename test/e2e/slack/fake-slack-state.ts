// What the fake Slack shows: messages by channel and thread (with every version), ephemeral messages,
// opened modals and uploaded files — and the plain text a person would read.

export interface FakeMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  user: string;
  text: string;
  blocks: unknown[];
  /** Every version of the message, first as posted; edits append. */
  versions: { text: string; blocks: unknown[]; at: number }[];
}

export interface FakeEphemeral {
  channel?: string;
  user: string;
  threadTs?: string;
  text: string;
  blocks: unknown[];
  via: 'chat.postEphemeral' | 'response_url';
}

export interface FakeFile {
  channel: string;
  threadTs?: string;
  filename: string;
  title?: string;
  content: string;
}

export const PEOPLE: Record<string, string> = {
  UALICE: 'alice',
  UBOB: 'bob',
  UMALLORY: 'mallory',
  UATLAS: 'atlas',
};

export class FakeSlackState {
  readonly messages: FakeMessage[] = [];
  readonly ephemerals: FakeEphemeral[] = [];
  readonly files: FakeFile[] = [];
  readonly views: { triggerId: string; id: string; view: Record<string, unknown> }[] = [];
  #clock = 0;

  nextTs(): string {
    this.#clock += 1;
    return `${1_760_000_000 + this.#clock}.${String(this.#clock).padStart(6, '0')}`;
  }

  add(message: Omit<FakeMessage, 'ts' | 'versions'> & { ts?: string }): FakeMessage {
    const full: FakeMessage = {
      ...message,
      ts: message.ts ?? this.nextTs(),
      versions: [{ text: message.text, blocks: message.blocks, at: Date.now() }],
    };
    this.messages.push(full);
    return full;
  }

  find(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  /** The thread's messages in order: the root, then its replies. */
  thread(channel: string, rootTs: string): FakeMessage[] {
    return this.messages
      .filter((m) => m.channel === channel && (m.ts === rootTs || m.threadTs === rootTs))
      .sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  privateTo(user: string, channel?: string, threadTs?: string): FakeEphemeral[] {
    return this.ephemerals.filter(
      (e) =>
        e.user === user &&
        (channel === undefined || e.channel === undefined || e.channel === channel) &&
        (threadTs === undefined || e.threadTs === undefined || e.threadTs === threadTs),
    );
  }
}

/** A message as a person reads it: blocks flattened, mentions shown as names, entities decoded. */
export function plainText(message: { text: string; blocks: unknown[] }): string {
  const parts = message.blocks.length === 0 ? [message.text] : message.blocks.flatMap(blockText);
  return parts
    .join('\n')
    .replace(/<@([A-Z0-9]+)>/g, (_m, id: string) => `@${PEOPLE[id] ?? id}`)
    .replace(/<!subteam\^([A-Z0-9]+)>/g, '@$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

function blockText(block: unknown): string[] {
  const b = block as {
    type: string;
    text?: { text: string };
    fields?: { text: string }[];
    elements?: { text?: string | { text: string } }[];
  };
  if (b.type === 'actions') return [(b.elements ?? []).map((e) => `[${textOf(e.text)}]`).join(' ')];
  if (b.type === 'context') return (b.elements ?? []).map((e) => textOf(e.text));
  return [...(b.text ? [b.text.text] : []), ...(b.fields ?? []).map((f) => f.text)];
}

function textOf(text: string | { text: string } | undefined): string {
  return typeof text === 'string' ? text : (text?.text ?? '');
}

/** The button labelled `label` on a message, as Slack would send it back when pressed. */
export function findButton(
  message: FakeMessage,
  label: string,
): { action_id: string; value: string } | undefined {
  for (const block of message.blocks as { type: string; elements?: unknown[] }[]) {
    if (block.type !== 'actions') continue;
    const found = (block.elements as { text: { text: string }; action_id: string; value: string }[]).find(
      (e) => e.text.text === label,
    );
    if (found) return found;
  }
  return undefined;
}
