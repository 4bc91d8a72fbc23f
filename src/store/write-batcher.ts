export interface WriteBatcherOptions<Item, Result> {
  /** Writes items in one statement; resolves to one result per item, in the same order. */
  write: (items: Item[]) => Promise<Result[]>;
  /** Batches in flight at once: below it an item is written at once, alone. */
  concurrency: number;
  /** The most items one statement carries. */
  maxItems: number;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for small inserts. An item written while the database is idle goes at once; items that
 * arrive while `concurrency` batches are in flight wait for one of them and then go together, as one
 * statement and one commit. A burst of 200 inserts becomes a handful of statements instead of 200
 * round trips queueing for the pool. When a batch fails, its items are tried one by one, so one bad
 * item fails alone.
 */
export class WriteBatcher<Item, Result> {
  readonly #options: WriteBatcherOptions<Item, Result>;
  readonly #waiting: Waiting<Item, Result>[] = [];
  #running = 0;

  constructor(options: WriteBatcherOptions<Item, Result>) {
    this.#options = options;
  }

  add(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ item, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#running < this.#options.concurrency && this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0, this.#options.maxItems);
      this.#running += 1;
      void this.#flush(batch).finally(() => {
        this.#running -= 1;
        this.#pump();
      });
    }
  }

  async #flush(batch: Waiting<Item, Result>[]): Promise<void> {
    try {
      const results = await this.#options.write(batch.map((w) => w.item));
      for (const [i, waiting] of batch.entries()) waiting.resolve(results[i] as Result);
    } catch (error) {
      if (batch.length > 1) await Promise.all(batch.map((w) => this.#flush([w])));
      else batch[0]?.reject(error);
    }
  }
}
