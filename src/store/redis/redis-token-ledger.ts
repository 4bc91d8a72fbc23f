import type { Redis } from 'ioredis';
import type { TokenLedger } from '../../ports/token-ledger.ts';
import { DEFAULT_PREFIX, type RedisStoreOptions } from './redis-connection.ts';

/** Token totals as Redis counters `${prefix}tokens:${key}`: INCRBY and an expiry in one MULTI. */
export class RedisTokenLedger implements TokenLedger {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, options: RedisStoreOptions = {}) {
    this.#redis = redis;
    this.#prefix = options.prefix ?? DEFAULT_PREFIX;
  }

  async add(key: string, tokens: number, ttlMs: number): Promise<number> {
    const name = `${this.#prefix}tokens:${key}`;
    const results = await this.#redis
      .multi()
      .incrby(name, Math.max(0, Math.round(tokens)))
      .pexpire(name, Math.max(1, Math.ceil(ttlMs)))
      .exec();
    const [incr] = results ?? [];
    if (!incr || incr[0]) throw incr?.[0] ?? new Error(`Redis aborted the token count of ${key}`);
    return Number(incr[1]);
  }

  async used(key: string): Promise<number> {
    return Number((await this.#redis.get(`${this.#prefix}tokens:${key}`)) ?? 0);
  }
}
