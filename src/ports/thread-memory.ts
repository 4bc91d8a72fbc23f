import type { ThreadRef } from '../domain/thread.ts';

/**
 * What the agent remembers of one thread's conversation, kept with a time-to-live. The store keeps the
 * document as it is given; the core validates it when it reads it back.
 */
export interface ThreadMemory {
  read(thread: ThreadRef): Promise<unknown>;
  write(thread: ThreadRef, document: unknown): Promise<void>;
}
