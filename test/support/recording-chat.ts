import type { ThreadRef, UserRef } from '../../src/domain/thread.ts';
import type { ThreadView } from '../../src/domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../../src/ports/chat-platform.ts';
import type { MessageRefs } from '../../src/ports/message-refs.ts';

export type ChatCall =
  | { op: 'post'; id: string; view: ThreadView }
  | { op: 'update'; id: string; view: ThreadView }
  | { op: 'ephemeral'; user: string; view: ThreadView };

/** A chat platform that records what ATLAS would have shown, for tests. */
export class RecordingChat implements ChatPlatform {
  readonly calls: ChatCall[] = [];
  #next = 1;
  async post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    const id = `m${this.#next++}`;
    this.calls.push({ op: 'post', id, view });
    return { thread, id };
  }
  async update(message: MessageRef, view: ThreadView): Promise<void> {
    this.calls.push({ op: 'update', id: message.id, view });
  }
  async postEphemeral(_thread: ThreadRef, user: UserRef, view: ThreadView): Promise<void> {
    this.calls.push({ op: 'ephemeral', user: user.id, view });
  }
}

export class MemoryMessageRefs implements MessageRefs {
  readonly refs = new Map<string, MessageRef>();
  async get(key: string) {
    return this.refs.get(key);
  }
  async set(key: string, ref: MessageRef) {
    this.refs.set(key, ref);
  }
}
