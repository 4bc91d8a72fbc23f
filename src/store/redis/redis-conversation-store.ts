import type { Redis } from 'ioredis';
import { isLanguage, type Language } from '../../domain/language.ts';
import { type ThreadRef, threadKey } from '../../domain/thread.ts';
import { type Clock, systemClock } from '../../ports/clock.ts';
import type { Conversation, ConversationStore } from '../../ports/conversation-store.ts';
import { LuaScript } from './lua-script.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

export interface RedisConversationStoreOptions extends RedisStoreOptions {
  /** How long a quiet thread is remembered; default 7 days. Every new request refreshes it. */
  ttlMs?: number;
  /** How many request ids a thread keeps, newest first; default 20. */
  keep?: number;
  clock?: Clock;
}

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

/** KEYS: the id list, the last-change time. ARGV: request id, how many to keep, TTL in ms, the time. */
const ADD_REQUEST = new LuaScript(`
redis.call('LREM', KEYS[1], 0, ARGV[1])
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3])
return 1
`);

/**
 * Per-thread memory in Redis: a list of request ids (newest first) and the time of the last change,
 * under `${prefix}thread:${platform}:${channel}:${thread}:requests|updated`, both with the same TTL.
 */
export class RedisConversationStore implements ConversationStore {
  readonly #redis: RedisConnection;
  readonly #ttlMs: number;
  readonly #keep: number;
  readonly #clock: Clock;

  /** From a URL the store owns its connection (`close()` quits it); a passed client stays the caller's. */
  constructor(redis: Redis | string, options: RedisConversationStoreOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
    this.#ttlMs = options.ttlMs ?? SEVEN_DAYS_MS;
    this.#keep = options.keep ?? 20;
    this.#clock = options.clock ?? systemClock;
  }

  #keys(thread: ThreadRef): { list: string; updated: string; language: string } {
    const base = this.#redis.key(`thread:${threadKey(thread)}`);
    return { list: `${base}:requests`, updated: `${base}:updated`, language: `${base}:language` };
  }

  async get(thread: ThreadRef): Promise<Conversation | undefined> {
    const keys = this.#keys(thread);
    const [ids, updatedAt, language] = await Promise.all([
      this.#redis.client.lrange(keys.list, 0, -1),
      this.#redis.client.get(keys.updated),
      this.#redis.client.get(keys.language),
    ]);
    if (ids.length === 0 && !isLanguage(language)) return undefined;
    return {
      requestIds: ids,
      updatedAt: updatedAt ?? this.#clock.now().toISOString(),
      ...(isLanguage(language) ? { language } : {}),
    };
  }

  async language(thread: ThreadRef): Promise<Language | undefined> {
    const language = await this.#redis.client.get(this.#keys(thread).language);
    return isLanguage(language) ? language : undefined;
  }

  async setLanguage(thread: ThreadRef, language: Language): Promise<void> {
    await this.#redis.client.set(this.#keys(thread).language, language, 'PX', this.#ttlMs);
  }

  /** One script, atomic: the id moves to the front (never twice in the list), the list is trimmed, TTLs refreshed. */
  async addRequest(thread: ThreadRef, requestId: string): Promise<void> {
    const keys = this.#keys(thread);
    const now = this.#clock.now().toISOString();
    await ADD_REQUEST.run(
      this.#redis.client,
      [keys.list, keys.updated],
      [requestId, this.#keep, this.#ttlMs, now],
    );
  }

  async close(): Promise<void> {
    await this.#redis.close();
  }
}
