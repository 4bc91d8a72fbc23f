import type { MessageRef } from './chat-platform.ts';

/** Which chat message shows what (`plan:R-7F3K`, `progress:R-7F3K`), shared by every bot replica. */
export interface MessageRefs {
  get(key: string): Promise<MessageRef | undefined>;
  set(key: string, ref: MessageRef): Promise<void>;
}
