import type { ThreadRef, UserRef } from '../../domain/thread.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../ports/chat-platform.ts';
import { renderText, type TextStyle } from './render-text.ts';

/** The terminal as a chat platform: every post and edit is printed; an edit of an earlier message is marked ↻. */
export class ConsolePlatform implements ChatPlatform {
  readonly #write: (text: string) => void;
  readonly #style: TextStyle;
  #next = 1;

  constructor(write: (text: string) => void, style: TextStyle) {
    this.#write = write;
    this.#style = style;
  }

  async post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    const id = `m${this.#next++}`;
    this.#write(`ATLAS ${renderText(view, this.#style)}\n`);
    return { thread, id };
  }

  async update(_message: MessageRef, view: ThreadView): Promise<void> {
    this.#write(`ATLAS ↻ ${renderText(view, this.#style)}\n`);
  }

  async postEphemeral(_thread: ThreadRef, _user: UserRef, view: ThreadView): Promise<void> {
    this.#write(`ATLAS ${renderText({ ...view, visibility: 'ephemeral' }, this.#style)}\n`);
  }
}
