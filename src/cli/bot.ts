import { startBot } from './bot-loop.ts';
import { openConfigured } from './setup.ts';
import { untilStopped } from './signals.ts';

/** `atlas bot`: chat adapters and the HTTP endpoint until SIGINT / SIGTERM. */
export async function run(): Promise<number> {
  const { logger, runtime } = await openConfigured('bot');
  const bot = await startBot(runtime, logger);
  await untilStopped();
  await bot.close();
  await runtime.close();
  return 0;
}
