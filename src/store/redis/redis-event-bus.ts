import type { Redis } from 'ioredis';
import { AtlasEvent } from '../../domain/events.ts';
import type { EventBus } from '../../ports/event-bus.ts';
import type { Logger } from '../../ports/logger.ts';
import { RedisConnection, type RedisStoreOptions } from './redis-connection.ts';

type Handler = (event: AtlasEvent) => Promise<void>;

/** One subscriber and the promise chain that keeps its events in order. */
interface Subscriber {
  handler: Handler;
  queue: Promise<void>;
}

export interface RedisEventBusOptions extends RedisStoreOptions {
  /** Where dropped messages and failing handlers are reported. */
  logger: Logger;
}

/**
 * Events over Redis pub/sub on `${prefix}events`. Publishing uses the given connection; receiving
 * uses a dedicated subscriber connection (a duplicate) that the bus owns and `close()` quits.
 * Each handler receives events in order; a slow handler does not hold up the others.
 */
export class RedisEventBus implements EventBus {
  readonly #redis: RedisConnection;
  readonly #channel: string;
  readonly #logger: Logger;
  readonly #subscribers = new Set<Subscriber>();
  #listener: Redis | undefined;
  /** Subscribe and unsubscribe calls to Redis, one after another. */
  #changes: Promise<unknown> = Promise.resolve();

  /** From a URL the bus owns its publishing connection too; a passed client stays the caller's. */
  constructor(redis: Redis | string, options: RedisEventBusOptions) {
    this.#redis = new RedisConnection(redis, options);
    this.#channel = this.#redis.key('events');
    this.#logger = options.logger.child({ component: 'event-bus', channel: this.#channel });
  }

  async publish(event: AtlasEvent): Promise<void> {
    await this.#redis.client.publish(this.#channel, JSON.stringify(AtlasEvent.parse(event)));
  }

  /** Resolves once Redis confirmed the subscription; the returned function stops this handler. */
  async subscribe(handler: Handler): Promise<() => Promise<void>> {
    const subscriber: Subscriber = { handler, queue: Promise.resolve() };
    await this.#change(async (listener) => {
      if (this.#subscribers.size === 0) await listener.subscribe(this.#channel);
      this.#subscribers.add(subscriber);
    });
    return () =>
      this.#change(async (listener) => {
        if (!this.#subscribers.delete(subscriber) || this.#subscribers.size > 0) return;
        await listener.unsubscribe(this.#channel);
      });
  }

  #change(fn: (listener: Redis) => Promise<void>): Promise<void> {
    const next = this.#changes.then(() => fn(this.#listen()));
    this.#changes = next.catch(() => undefined);
    return next;
  }

  #listen(): Redis {
    if (this.#listener !== undefined) return this.#listener;
    const listener = this.#redis.client.duplicate();
    listener.on('message', (channel: string, message: string) => {
      if (channel === this.#channel) this.#deliver(message);
    });
    listener.on('error', (error: Error) =>
      this.#logger.warn({ err: error.message }, 'event subscriber error'),
    );
    this.#listener = listener;
    return listener;
  }

  #deliver(message: string): void {
    const event = this.#parse(message);
    if (event === undefined) return;
    for (const subscriber of this.#subscribers) {
      subscriber.queue = subscriber.queue
        .then(() => subscriber.handler(event))
        .catch((error: unknown) =>
          this.#logger.error(
            { err: String(error), eventId: event.id, requestId: event.requestId },
            'event handler failed',
          ),
        );
    }
  }

  #parse(message: string): AtlasEvent | undefined {
    try {
      const parsed = AtlasEvent.safeParse(JSON.parse(message));
      if (parsed.success) return parsed.data;
      this.#logger.warn(
        { issues: parsed.error.issues.length, bytes: message.length },
        'dropped an invalid event',
      );
    } catch {
      this.#logger.warn({ bytes: message.length }, 'dropped an event that is not JSON');
    }
    return undefined;
  }

  /** Stops listening and closes the subscriber connection (and the main one, when the bus owns it). */
  async close(): Promise<void> {
    await this.#changes;
    this.#subscribers.clear();
    const listener = this.#listener;
    this.#listener = undefined;
    if (listener !== undefined && listener.status !== 'end') await listener.quit();
    await this.#redis.close();
  }
}
