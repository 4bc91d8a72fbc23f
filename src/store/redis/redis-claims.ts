import type { Redis } from 'ioredis';
import type { Claims } from '../../ports/claims.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

/** Claims as Redis keys `${prefix}claim:${key}`: `SET NX PX` makes exactly one caller the winner. */
export class RedisClaims implements Claims {
  readonly #redis: RedisConnection;

  /** From a URL the store owns its connection (`close()` quits it); a passed client stays the caller's. */
  constructor(redis: Redis | string, options: RedisStoreOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const ttl = Math.max(1, Math.ceil(ttlMs));
    const reply = await this.#redis.client.set(this.#redis.key(`claim:${key}`), '1', 'PX', ttl, 'NX');
    return reply === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.#redis.client.del(this.#redis.key(`claim:${key}`));
  }

  async close(): Promise<void> {
    await this.#redis.close();
  }
}
