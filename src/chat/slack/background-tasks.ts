import type { Logger } from '../../ports/logger.ts';

/**
 * Work that runs after Slack has been acknowledged. Each task's failure is logged (never unhandled);
 * `idle` waits for all of them, for a clean shutdown and for tests.
 */
export class BackgroundTasks {
  readonly #logger: Logger;
  readonly #running = new Set<Promise<void>>();

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  run(doing: string, task: () => Promise<void>): void {
    const running: Promise<void> = task()
      .catch((error: unknown) => this.#logger.error({ err: error }, `${doing} failed`))
      .finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running]);
  }
}
