import { openConfigured } from './setup.ts';
import { untilStopped } from './signals.ts';
import { startStatusEndpoint } from './status-endpoint.ts';
import { startWorkerLoop } from './worker-loop.ts';

/** `atlas worker`: runs plan, apply and lifecycle jobs until SIGINT / SIGTERM. */
export async function run(): Promise<number> {
  const { config, logger, runtime } = await openConfigured('worker');
  const worker = await startWorkerLoop(runtime);
  const status = await startStatusEndpoint(runtime, logger);
  logger.info({ concurrency: config.worker.concurrency, engine: runtime.engine.name }, 'worker running');
  const signal = await untilStopped();
  logger.info({ signal }, 'worker stopping: finishing running jobs');
  await worker.close();
  await new Promise<void>((resolve) => status.close(() => resolve()));
  await runtime.close();
  return 0;
}
