import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../ports/chat-platform.ts';
import { renderText, type TextStyle } from './render-text.ts';

/** The terminal as a chat platform: every post and edit is printed; an edit of an earlier message is marked ↻. */
export class ConsolePlatform implements ChatPlatform {
  readonly #write: (text: string) => void;
  readonly #style: TextStyle;
  #next = 1;
  readonly #progressLines = new Map<string, Set<string>>();

  constructor(write: (text: string) => void, style: TextStyle) {
    this.#write = write;
    this.#style = style;
  }

  async post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    const id = `m${this.#next++}`;
    if (view.kind === 'progress') this.#progressLines.set(id, new Set((view.text ?? '').split('\n')));
    this.#write(`ATLAS ${renderText(view, this.#style)}\n`);
    return { thread, id };
  }

  async update(message: MessageRef, view: ThreadView): Promise<void> {
    if (view.kind !== 'progress') {
      this.#write(`ATLAS ↻ ${renderText(view, this.#style)}\n`);
      return;
    }
    // A progress message grows line by line: a terminal shows only what is new.
    const seen = this.#progressLines.get(message.id) ?? new Set<string>();
    const fresh = (view.text ?? '').split('\n').filter((line) => line && !seen.has(line));
    for (const line of fresh) seen.add(line);
    this.#progressLines.set(message.id, seen);
    if (fresh.length > 0)
      this.#write(`ATLAS ↻ ${renderText({ ...view, text: fresh.join('\n') }, this.#style)}\n`);
  }

  async postEphemeral(_thread: ThreadRef, _user: UserRef, view: ThreadView): Promise<void> {
    this.#write(`ATLAS ${renderText({ ...view, visibility: 'ephemeral' }, this.#style)}\n`);
  }
}
