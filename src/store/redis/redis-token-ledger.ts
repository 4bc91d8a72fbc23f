import type { Redis } from 'ioredis';
import type { TokenLedger } from '../../ports/token-ledger.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

/** Token totals as Redis counters `${prefix}tokens:${key}`: INCRBY and an expiry in one MULTI. */
export class RedisTokenLedger implements TokenLedger {
  readonly #redis: RedisConnection;

  constructor(redis: Redis, options: RedisStoreOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
  }

  async add(key: string, tokens: number, ttlMs: number): Promise<number> {
    const name = this.#redis.key(`tokens:${key}`);
    const results = await this.#redis.client
      .multi()
      .incrby(name, Math.max(0, Math.round(tokens)))
      .pexpire(name, Math.max(1, Math.ceil(ttlMs)))
      .exec();
    const [incr] = results ?? [];
    if (!incr || incr[0]) throw incr?.[0] ?? new Error(`Redis aborted the token count of ${key}`);
    return Number(incr[1]);
  }

  async used(key: string): Promise<number> {
    return Number((await this.#redis.client.get(this.#redis.key(`tokens:${key}`))) ?? 0);
  }
}
