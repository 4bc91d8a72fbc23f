import type { ThreadRef } from '../domain/thread.ts';

/** What ATLAS remembers about one thread between messages. Kept with a time-to-live. */
export interface Conversation {
  /** Requests started in this thread, newest first. */
  requestIds: string[];
  updatedAt: string;
}

export interface ConversationStore {
  get(thread: ThreadRef): Promise<Conversation | undefined>;
  /** Records that a request belongs to the thread (newest first) and refreshes the TTL. */
  addRequest(thread: ThreadRef, requestId: string): Promise<void>;
}
