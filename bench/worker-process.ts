// The benchmark's worker: `atlas worker` in its own process, reporting its peak RSS when asked.
import { startWorkerLoop } from '../src/cli/worker-loop.ts';
import { openBenchRuntime } from './open-bench-runtime.ts';
import type { BenchSettings } from './settings.ts';

const settings = JSON.parse(process.argv[2] ?? '{}') as BenchSettings;
const runtime = await openBenchRuntime(settings, 'worker');
const worker = await startWorkerLoop(runtime);
let peak = 0;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100).unref();

process.on('message', async (message: { op: string }) => {
  if (message.op === 'rss') process.send?.({ rss: Math.max(peak, process.memoryUsage().rss) });
  if (message.op === 'exit') {
    await worker.close();
    await runtime.close();
    process.exit(0);
  }
});
process.send?.({ ready: true });
