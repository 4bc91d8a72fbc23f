import type { Redis } from 'ioredis';
import type { MessageRef } from '../../ports/chat-platform.ts';
import type { MessageRefs } from '../../ports/message-refs.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

const TTL_SECONDS = 30 * 24 * 3600;

/** Which chat message shows which key, as `${prefix}message:${key}` JSON, so any bot replica can edit it. */
export class RedisMessageRefs implements MessageRefs {
  readonly #redis: RedisConnection;

  constructor(redis: Redis, options: RedisStoreOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
  }

  async get(key: string): Promise<MessageRef | undefined> {
    const raw = await this.#redis.client.get(this.#redis.key(`message:${key}`));
    return raw ? (JSON.parse(raw) as MessageRef) : undefined;
  }

  async set(key: string, ref: MessageRef): Promise<void> {
    await this.#redis.client.set(this.#redis.key(`message:${key}`), JSON.stringify(ref), 'EX', TTL_SECONDS);
  }
}
