import type { Language } from '../domain/language.ts';
import type { ThreadRef } from '../domain/thread.ts';

/** What ATLAS remembers about one thread between messages. Kept with a time-to-live. */
export interface Conversation {
  /** Requests started in this thread, newest first. */
  requestIds: string[];
  updatedAt: string;
  /** The language the thread is answered in, once someone wrote in it. */
  language?: Language;
}

export interface ConversationStore {
  get(thread: ThreadRef): Promise<Conversation | undefined>;
  /** Records that a request belongs to the thread (newest first) and refreshes the TTL. */
  addRequest(thread: ThreadRef, requestId: string): Promise<void>;
  /** The thread's language alone (one lookup: every message asks for it). */
  language(thread: ThreadRef): Promise<Language | undefined>;
  /** Remembers the thread's language (with the same time-to-live). */
  setLanguage(thread: ThreadRef, language: Language): Promise<void>;
}
