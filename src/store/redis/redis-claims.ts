import type { Redis } from 'ioredis';
import type { Claims } from '../../ports/claims.ts';
import {
  closeConnection,
  DEFAULT_PREFIX,
  type RedisConnection,
  type RedisStoreOptions,
  redisConnection,
} from './redis-connection.ts';

/** Claims as Redis keys `${prefix}claim:${key}`: `SET NX PX` makes exactly one caller the winner. */
export class RedisClaims implements Claims {
  readonly #connection: RedisConnection;
  readonly #prefix: string;

  /** From a URL the store owns its connection (`close()` quits it); a passed client stays the caller's. */
  constructor(redis: Redis | string, options: RedisStoreOptions = {}) {
    this.#connection = redisConnection(redis);
    this.#prefix = options.prefix ?? DEFAULT_PREFIX;
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const reply = await this.#connection.client.set(
      `${this.#prefix}claim:${key}`,
      '1',
      'PX',
      Math.max(1, Math.ceil(ttlMs)),
      'NX',
    );
    return reply === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.#connection.client.del(`${this.#prefix}claim:${key}`);
  }

  async close(): Promise<void> {
    await closeConnection(this.#connection);
  }
}
