import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Lease, Locks } from '../../ports/claims.ts';
import { pollDelay } from './poll-delay.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

/** Deletes the lock only while it still holds this holder's token: an expired holder frees nothing. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Locks as Redis keys `${prefix}lock:${key}` holding a random token, set with `NX PX ttl`:
 * a holder that crashes frees the lock when the TTL runs out.
 */
export class RedisLocks implements Locks {
  readonly #redis: RedisConnection;

  /** From a URL the store owns its connection (`close()` quits it); a passed client stays the caller's. */
  constructor(redis: Redis | string, options: RedisStoreOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
  }

  async acquire(key: string, options: { ttlMs: number; waitMs: number }): Promise<Lease | undefined> {
    const redisKey = this.#redis.key(`lock:${key}`);
    const token = randomUUID();
    const ttl = Math.max(1, Math.ceil(options.ttlMs));
    const deadline = Date.now() + Math.max(0, options.waitMs);
    for (let attempt = 0; ; attempt += 1) {
      if ((await this.#redis.client.set(redisKey, token, 'PX', ttl, 'NX')) === 'OK') {
        return this.#lease(key, redisKey, token);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return undefined;
      await sleep(Math.max(1, pollDelay(attempt, remaining)));
    }
  }

  #lease(key: string, redisKey: string, token: string): Lease {
    let released = false;
    return {
      key,
      release: async () => {
        if (released) return;
        released = true;
        await this.#redis.client.eval(RELEASE, 1, redisKey, token);
      },
    };
  }

  async close(): Promise<void> {
    await this.#redis.close();
  }
}
