import type { NodeInfo, TemplateInfo, VmInfo } from '../domain/inventory.ts';
import type { Clock } from '../ports/clock.ts';
import type { Inventory } from '../ports/inventory.ts';

interface Entry<T> {
  at: number;
  value: Promise<T>;
  pending: boolean;
}

/**
 * The bot's view of Proxmox for checking requests: answers from the last few seconds are reused and
 * concurrent callers share one call, so a burst of commands does not become a burst of API calls.
 * The worker plans against fresh data; this only decides what ATLAS says at once.
 */
export class CachedInventory implements Inventory {
  readonly #inner: Inventory;
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #entries = new Map<string, Entry<unknown>>();

  constructor(inner: Inventory, clock: Clock, ttlMs = 3000) {
    this.#inner = inner;
    this.#clock = clock;
    this.#ttlMs = ttlMs;
  }

  nodes(): Promise<NodeInfo[]> {
    return this.#cached('nodes', () => this.#inner.nodes());
  }

  templates(): Promise<TemplateInfo[]> {
    return this.#cached('templates', () => this.#inner.templates());
  }

  /** Shared only while in flight: VMs come and go, and `vm list` right after a create must show it. */
  vms(): Promise<VmInfo[]> {
    return this.#cached('vms', () => this.#inner.vms(), 0);
  }

  /** Always fresh: a status is asked for because it may have just changed. */
  vm(name: string): Promise<VmInfo | undefined> {
    return this.#inner.vm(name);
  }

  #cached<T>(key: string, load: () => Promise<T>, ttlMs = this.#ttlMs): Promise<T> {
    const now = this.#clock.now().getTime();
    const entry = this.#entries.get(key) as Entry<T> | undefined;
    if (entry && (entry.pending || now - entry.at < ttlMs)) return entry.value;
    const fresh: Entry<T> = { at: now, value: load(), pending: true };
    this.#entries.set(key, fresh);
    fresh.value.then(
      () => {
        fresh.pending = false;
        fresh.at = this.#clock.now().getTime();
      },
      () => this.#entries.delete(key),
    );
    return fresh.value;
  }
}
