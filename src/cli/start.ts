import { startBot } from './bot-loop.ts';
import { openConfigured } from './setup.ts';
import { untilStopped } from './signals.ts';
import { startWorkerLoop } from './worker-loop.ts';

/** `atlas start`: the bot and a worker in one process. */
export async function run(): Promise<number> {
  const { logger, runtime } = await openConfigured('start');
  const worker = await startWorkerLoop(runtime);
  const bot = await startBot(runtime, logger);
  await untilStopped();
  await bot.close();
  await worker.close();
  await runtime.close();
  return 0;
}
