import { Redis } from 'ioredis';

export const DEFAULT_PREFIX = 'atlas:';

export interface RedisStoreOptions {
  /** Every key begins with it; default `atlas:`. Lets several ATLAS installs share one Redis. */
  prefix?: string;
}

/**
 * What every Redis store stands on: a client and the prefix of its keys. Accepts a client (shared; the
 * caller keeps ownership and closes it) or a URL (the store connects and owns the connection).
 */
export class RedisConnection {
  readonly client: Redis;
  readonly #owned: boolean;
  readonly #prefix: string;

  constructor(redis: Redis | string, options: RedisStoreOptions = {}) {
    this.#owned = typeof redis === 'string';
    this.client = typeof redis === 'string' ? new Redis(redis, { maxRetriesPerRequest: 3 }) : redis;
    this.#prefix = options.prefix ?? DEFAULT_PREFIX;
  }

  /** The full name of one of the store's keys: `${prefix}${name}`. */
  key(name: string): string {
    return `${this.#prefix}${name}`;
  }

  /** Quits the client when this connection made it from a URL; a passed client is left open. */
  async close(): Promise<void> {
    if (!this.#owned || this.client.status === 'end') return;
    await this.client.quit();
  }
}
