import { AtlasError } from '../domain/errors.ts';
import type { Platform, ThreadRef, UserRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { ChatPlatform, MessageRef } from '../ports/chat-platform.ts';

/** One ChatPlatform over several: each call goes to the platform of its thread. */
export class ChatRouter implements ChatPlatform {
  readonly #platforms: Partial<Record<Platform, ChatPlatform>>;

  constructor(platforms: Partial<Record<Platform, ChatPlatform>>) {
    this.#platforms = platforms;
  }

  post(thread: ThreadRef, view: ThreadView): Promise<MessageRef> {
    return this.#for(thread).post(thread, view);
  }

  update(message: MessageRef, view: ThreadView): Promise<void> {
    return this.#for(message.thread).update(message, view);
  }

  postEphemeral(thread: ThreadRef, user: UserRef, view: ThreadView): Promise<void> {
    return this.#for(thread).postEphemeral(thread, user, view);
  }

  #for(thread: ThreadRef): ChatPlatform {
    const platform = this.#platforms[thread.platform];
    if (!platform)
      throw new AtlasError(
        'config',
        `This process does not serve ${thread.platform}, so it cannot answer in that thread.`,
      );
    return platform;
  }
}
