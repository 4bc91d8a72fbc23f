import type { Redis } from 'ioredis';
import { type ThreadRef, threadKey } from '../../domain/thread.ts';
import type { ThreadMemory } from '../../ports/thread-memory.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

export interface RedisThreadMemoryOptions extends RedisStoreOptions {
  /** How long a quiet thread's conversation is remembered; default 7 days. Every write refreshes it. */
  ttlMs?: number;
}

const SEVEN_DAYS_MS = 7 * 24 * 3600_000;

/** The agent's memory of a thread as one JSON document under `${prefix}agent:${thread}`, with a TTL. */
export class RedisThreadMemory implements ThreadMemory {
  readonly #redis: RedisConnection;
  readonly #ttlMs: number;

  constructor(redis: Redis, options: RedisThreadMemoryOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
    this.#ttlMs = options.ttlMs ?? SEVEN_DAYS_MS;
  }

  #key(thread: ThreadRef): string {
    return this.#redis.key(`agent:${threadKey(thread)}`);
  }

  async read(thread: ThreadRef): Promise<unknown> {
    const raw = await this.#redis.client.get(this.#key(thread));
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      // A document nobody can read is a conversation nobody can continue: start afresh.
      return undefined;
    }
  }

  async write(thread: ThreadRef, document: unknown): Promise<void> {
    await this.#redis.client.set(this.#key(thread), JSON.stringify(document), 'PX', this.#ttlMs);
  }
}
