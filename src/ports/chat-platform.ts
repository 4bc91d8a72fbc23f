import type { ThreadRef, UserRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';

export interface MessageRef {
  thread: ThreadRef;
  id: string;
}

/** What every chat adapter can do. Adapters render ThreadViews; no platform type crosses this line. */
export interface ChatPlatform {
  post(thread: ThreadRef, view: ThreadView): Promise<MessageRef>;
  update(message: MessageRef, view: ThreadView): Promise<void>;
  postEphemeral(thread: ThreadRef, user: UserRef, view: ThreadView): Promise<void>;
}

/** A message addressed to ATLAS, normalised by an adapter. */
export interface InboundMessage {
  /** The platform's event id; duplicates are dropped by it. */
  eventId: string;
  thread: ThreadRef;
  user: UserRef;
  text: string;
  /** The person's client language (`it`, `en-US`) where the platform tells it. */
  locale?: string;
}

/** A button press (or its typed equivalent), normalised by an adapter. */
export interface InboundAction {
  eventId: string;
  thread: ThreadRef;
  user: UserRef;
  /** The encoded button value (`approve:R-7F3K:0123456789ab`). */
  value: string;
  /** Reject reason, when the platform asked for one. */
  reason?: string;
}
