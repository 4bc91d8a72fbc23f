// The benchmark's bot: handles chat messages and renders worker events, as `atlas bot` does, with a
// chat platform that only counts. The parent tells it what to measure; it answers with numbers.
import { performance } from 'node:perf_hooks';
import { startRenderer } from '../src/cli/renderer-loop.ts';
import { handleMessage } from '../src/core/handle-message.ts';
import type { AtlasEvent } from '../src/domain/events.ts';
import type { ThreadRef, UserRef } from '../src/domain/thread.ts';
import type { ChatPlatform } from '../src/ports/chat-platform.ts';
import { openBenchRuntime } from './open-bench-runtime.ts';
import type { BenchSettings, BotCommand } from './settings.ts';

const settings = JSON.parse(process.argv[2] ?? '{}') as BenchSettings;
const runtime = await openBenchRuntime(settings, 'bot');
let posted = 0;
const chat: ChatPlatform = {
  post: async (thread) => ({ thread, id: String(++posted) }),
  update: async () => {},
  postEphemeral: async () => {},
};
const { deliver } = await startRenderer(runtime, chat);
const waiters = new Map<string, { state: string; resolve: () => void }[]>();
await runtime.deps.events.subscribe(async (event: AtlasEvent) => {
  const list = waiters.get(event.requestId) ?? [];
  for (const w of list.filter((w) => event.state === w.state)) w.resolve();
  waiters.set(
    event.requestId,
    list.filter((w) => event.state !== w.state),
  );
});
let peak = 0;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100).unref();

const alice: UserRef = { id: 'console:alice', name: 'alice' };
const bob: UserRef = { id: 'console:bob', name: 'bob' };
let n = 0;
const pending: string[] = [];

function stateReached(requestId: string, state: string): Promise<void> {
  return new Promise((resolve) => {
    waiters.set(requestId, [...(waiters.get(requestId) ?? []), { state, resolve }]);
    void runtime.deps.requests.get(requestId).then((r) => {
      if (r?.state === state) resolve();
    });
  });
}

async function say(thread: ThreadRef, user: UserRef, text: string) {
  const views = await handleMessage(runtime.deps, {
    eventId: `bench-${process.pid}-${++n}`,
    thread,
    user,
    text,
  });
  await deliver(thread, views, user);
  return views;
}

function newThread(): ThreadRef {
  return { platform: 'console', channel: 'bench', thread: `t${++n}` };
}

async function create(name: string): Promise<{ id: string; ms: number }> {
  const t0 = performance.now();
  const views = await say(newThread(), alice, `vm create ${name} --memory 512M --disk 20G`);
  const ms = performance.now() - t0;
  const id = /^(R-[0-9A-Z]+):/.exec(views[0]?.title ?? '')?.[1];
  if (!id) throw new Error(`create ${name} was refused: ${views[0]?.title} ${views[0]?.text ?? ''}`);
  return { id, ms };
}

const commands: Record<BotCommand['op'], (command: BotCommand) => Promise<unknown>> = {
  'first-reply': async (c) => {
    const count = 'count' in c ? c.count : 0;
    const created = await Promise.all(Array.from({ length: count }, (_, i) => create(`fr-${i + 1}`)));
    await Promise.all(created.map((r) => stateReached(r.id, 'awaiting_approval')));
    pending.push(...created.map((r) => r.id));
    return { latencies: created.map((r) => r.ms) };
  },
  'approve-each': async (c) => {
    const count = 'count' in c ? c.count : 0;
    const latencies: number[] = [];
    const done: Promise<void>[] = [];
    for (const id of pending.splice(0, count)) {
      const active = stateReached(id, 'applying');
      done.push(stateReached(id, 'succeeded'));
      const t0 = performance.now();
      await say({ platform: 'console', channel: 'bench', thread: 'approvals' }, bob, `approve ${id}`);
      await active;
      latencies.push(performance.now() - t0);
    }
    await Promise.all(done);
    return { latencies };
  },
  'end-to-end': async (c) => {
    const count = 'count' in c ? c.count : 0;
    const t0 = performance.now();
    const created = await Promise.all(Array.from({ length: count }, (_, i) => create(`e2e-${i + 1}`)));
    await Promise.all(created.map((r) => stateReached(r.id, 'awaiting_approval')));
    const approvals = { platform: 'console', channel: 'bench', thread: 'e2e-approvals' } as const;
    const finished = created.map((r) => stateReached(r.id, 'succeeded'));
    await Promise.all(created.map((r) => say(approvals, bob, `approve ${r.id}`)));
    await Promise.all(finished);
    return { wallMs: performance.now() - t0 };
  },
  rss: async () => ({ rss: Math.max(peak, process.memoryUsage().rss) }),
  exit: async () => {
    await runtime.close();
    process.exit(0);
  },
};

process.on('message', (command: BotCommand) => {
  commands[command.op](command).then(
    (result) => process.send?.(result),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
process.send?.({ ready: true });
