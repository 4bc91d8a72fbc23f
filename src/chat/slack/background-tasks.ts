import type { Logger } from '../../ports/logger.ts';

/**
 * Work that runs after Slack has been acknowledged. A few tasks run at once and the rest wait their
 * turn, so a burst of requests is acknowledged first and answered in order. Each task's failure is logged
 * (never unhandled); `idle` waits for all of them, for a clean shutdown and for tests.
 */
export class BackgroundTasks {
  readonly #logger: Logger;
  readonly #limit: number;
  readonly #waiting: { doing: string; task: () => Promise<void> }[] = [];
  readonly #running = new Set<Promise<void>>();

  constructor(logger: Logger, limit = 8) {
    this.#logger = logger;
    this.#limit = limit;
  }

  run(doing: string, task: () => Promise<void>): void {
    this.#waiting.push({ doing, task });
    if (this.#running.size < this.#limit) setImmediate(() => this.#next());
  }

  /** Starts at once, ahead of the waiting tasks: for calls Slack allows only seconds for (views.open). */
  runNow(doing: string, task: () => Promise<void>): void {
    this.#start({ doing, task });
  }

  async idle(): Promise<void> {
    while (this.#running.size > 0 || this.#waiting.length > 0) {
      await Promise.all([...this.#running]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  #next(): void {
    if (this.#running.size >= this.#limit) return;
    const next = this.#waiting.shift();
    if (next) this.#start(next);
  }

  #start(next: { doing: string; task: () => Promise<void> }): void {
    const running: Promise<void> = Promise.resolve()
      .then(next.task)
      .catch((error: unknown) => this.#logger.error({ err: error }, `${next.doing} failed`))
      .finally(() => {
        this.#running.delete(running);
        this.#next();
      });
    this.#running.add(running);
  }
}
