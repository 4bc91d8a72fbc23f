import type { Readable, Writable } from 'node:stream';
import { ConsolePlatform } from '../chat/console/console-platform.ts';
import { runConsoleSession } from '../chat/console/console-session.ts';
import { handleMessage } from '../core/handle-message.ts';
import type { ThreadRenderer } from '../core/thread-renderer.ts';
import { threadSummary } from '../core/thread-summary.ts';
import { isTerminal } from '../domain/request.ts';
import type { ThreadRef } from '../domain/thread.ts';
import { startRenderer } from './renderer-loop.ts';
import type { Runtime } from './runtime.ts';
import { startWorkerLoop } from './worker-loop.ts';

export interface ConsoleRunOptions {
  user: string;
  input: Readable;
  output: Writable;
  echo: boolean;
  color: boolean;
  /** Longest wait for running work once input has ended. */
  settleTimeoutMs: number;
}

/** A terminal conversation with an in-process worker: what `atlas console` and `atlas demo` run. */
export async function runConsole(runtime: Runtime, options: ConsoleRunOptions): Promise<void> {
  const chat = new ConsolePlatform((text) => options.output.write(text), { color: options.color });
  const worker = await startWorkerLoop(runtime);
  const { renderer, deliver, close } = await startRenderer(runtime, chat, 250);
  const thread: ThreadRef = {
    platform: 'console',
    channel: 'local',
    thread: `session-${Date.now().toString(36)}`,
  };
  try {
    await runConsoleSession({
      ...options,
      thread,
      handle: (message) => handleMessage(runtime.deps, message),
      deliver,
      lockstep: options.echo,
      interactive: !options.echo,
      waitIdle: () => waitSettled(runtime, renderer, thread, options),
      summary: async () => [await threadSummary(runtime.deps, thread)],
    });
  } finally {
    await close();
    await worker.close();
  }
}

/** Waits until every request of the thread is waiting for a person or finished, and its message is shown. */
async function waitSettled(
  runtime: Runtime,
  renderer: ThreadRenderer,
  thread: ThreadRef,
  options: ConsoleRunOptions,
): Promise<void> {
  const deadline = Date.now() + options.settleTimeoutMs;
  let lastNote = Date.now();
  for (;;) {
    const requests = await runtime.deps.requests.listByThread(thread, 100);
    const busy = requests.filter(
      (r) =>
        !(isTerminal(r.state) || r.state === 'awaiting_approval') || renderer.shownState(r.id) !== r.state,
    );
    if (busy.length === 0) return renderer.idle();
    if (Date.now() > deadline) {
      options.output.write(`! stopped waiting for ${busy.map((r) => `${r.id} (${r.state})`).join(', ')}\n`);
      return;
    }
    if (Date.now() - lastNote > 10_000) {
      options.output.write(
        `… waiting for ${busy.map((r) => `${r.id} (${r.state.replace('_', ' ')})`).join(', ')}\n`,
      );
      lastNote = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
