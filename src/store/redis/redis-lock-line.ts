import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { EnterOptions, HeldLocks, LinePlace, LockLine } from '../../ports/lock-line.ts';
import { JOIN_LINE, LEAVE_LINE, TURN } from './lock-line-scripts.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

export interface RedisLockLineOptions extends RedisStoreOptions {
  /** How long a holder or waiter stays in line without a heartbeat (its process died). Default 15 s. */
  aliveMs?: number;
  /** How often a waiter looks whether it is its turn. Default 250 ms. */
  pollMs?: number;
}

/** What the TURN script answers: the member's place in line (0 holds the lock) and who is first. */
type Turn = [place: number, head: string];

/**
 * LockLine on Redis: per key a sorted set `${prefix}line:${key}` of `holder|ticket` members, ordered
 * by a counter; the first member holds the lock. Each `enter` keeps one heartbeat key
 * `${prefix}line-alive:${ticket}` alive; members whose heartbeat expired are dropped by the next
 * waiter that looks, so a killed worker frees its locks within `aliveMs`.
 */
export class RedisLockLine implements LockLine {
  readonly #redis: RedisConnection;
  readonly #aliveMs: number;
  readonly #pollMs: number;

  /** The client stays the caller's: closing it is the caller's business. */
  constructor(redis: Redis, options: RedisLockLineOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
    this.#aliveMs = options.aliveMs ?? 15_000;
    this.#pollMs = options.pollMs ?? 250;
  }

  async enter(keys: readonly string[], holder: string, options: EnterOptions = {}): Promise<HeldLocks> {
    const ticket = randomUUID();
    const member = `${holder}|${ticket}`;
    const alive = this.#redis.key(`line-alive:${ticket}`);
    const ordered = [...new Set(keys)].sort();
    await this.#redis.client.set(alive, holder, 'PX', this.#aliveMs);
    const heartbeat = setInterval(() => {
      this.#redis.client.set(alive, holder, 'PX', this.#aliveMs).catch(() => undefined);
    }, this.#aliveMs / 3);
    heartbeat.unref();
    const release = async () => {
      clearInterval(heartbeat);
      for (const key of ordered) await this.#redis.client.eval(LEAVE_LINE, 1, this.#line(key), member);
      await this.#redis.client.del(alive);
    };
    try {
      for (const key of ordered) await this.#takeTurn(key, member, options);
    } catch (error) {
      await release();
      throw error;
    }
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        await release();
      },
    };
  }

  /** Joins the key's line and waits until `member` is first in it. */
  async #takeTurn(key: string, member: string, options: EnterOptions): Promise<void> {
    const line = this.#line(key);
    const alivePrefix = this.#redis.key('line-alive:');
    let last = '';
    await this.#redis.client.eval(JOIN_LINE, 2, line, `${line}:seq`, member, String(24 * 3600_000));
    for (;;) {
      options.signal?.throwIfAborted();
      const [rank, head] = (await this.#redis.client.eval(TURN, 1, line, member, alivePrefix)) as Turn;
      if (rank === 0) return;
      if (rank < 0) {
        // Dropped from the line (this process stalled past its heartbeat): queue again at the end.
        await this.#redis.client.eval(JOIN_LINE, 2, line, `${line}:seq`, member, String(24 * 3600_000));
        continue;
      }
      const place: LinePlace = { key, holder: head.slice(0, head.indexOf('|')), position: rank };
      const seen = `${place.holder} ${place.position}`;
      if (seen !== last) await options.onWait?.(place);
      last = seen;
      await sleep(this.#pollMs, undefined, options.signal ? { signal: options.signal } : {});
    }
  }

  #line(key: string): string {
    return this.#redis.key(`line:${key}`);
  }
}
