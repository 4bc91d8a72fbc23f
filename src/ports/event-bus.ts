import type { AtlasEvent } from '../domain/events.ts';

/** Progress from any worker to every bot. Delivery is at-least-once; consumers claim events by id. */
export interface EventBus {
  publish(event: AtlasEvent): Promise<void>;
  subscribe(handler: (event: AtlasEvent) => Promise<void>): Promise<() => Promise<void>>;
}
