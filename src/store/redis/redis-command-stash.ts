import { randomInt } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CommandStash } from '../../ports/command-stash.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

export interface RedisCommandStashOptions extends RedisStoreOptions {
  /** How long a "run this command" button keeps working; default 7 days. */
  ttlMs?: number;
}

const SEVEN_DAYS_MS = 7 * 24 * 3600_000;
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 12;

/** Commands behind random ids, `${prefix}command:${id}`, so buttons carry the id and not the command. */
export class RedisCommandStash implements CommandStash {
  readonly #redis: RedisConnection;
  readonly #ttlMs: number;

  constructor(redis: Redis, options: RedisCommandStashOptions = {}) {
    this.#redis = new RedisConnection(redis, options);
    this.#ttlMs = options.ttlMs ?? SEVEN_DAYS_MS;
  }

  async save(command: string): Promise<string> {
    const id = Array.from({ length: ID_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    await this.#redis.client.set(this.#redis.key(`command:${id}`), command, 'PX', this.#ttlMs);
    return id;
  }

  async load(id: string): Promise<string | undefined> {
    if (!/^[0-9a-z]{1,32}$/.test(id)) return undefined;
    return (await this.#redis.client.get(this.#redis.key(`command:${id}`))) ?? undefined;
  }
}
