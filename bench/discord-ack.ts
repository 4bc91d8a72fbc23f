// `node bench/discord-ack.ts [--json]`: discord_ack_p99_ms. 100 `/atlas vm create` interactions arrive at
// once through the fake Discord gateway; each is timed from its dispatch to ATLAS's interaction callback
// (Discord forgets interactions not answered within 3 s). The fake Discord runs in a process of its own,
// like the real one; this process runs what `atlas start` runs: the real discord.js client, the core,
// the renderer and a worker, on real Redis and PostgreSQL, against the Proxmox simulator.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { DiscordAdapter } from '../src/chat/discord/discord-adapter.ts';
import type { FakeProcessAnswer, FakeProcessRequest } from '../test/e2e/discord/fake/fake-process.ts';
import { silentLogger } from '../test/support/memory-ports.ts';
import { PipelineWorld } from '../test/support/pipeline-world.ts';
import { percentile } from './settings.ts';

const COUNT = 100;
const TARGET_MS = 500;
const json = process.argv.includes('--json');

const child = fork('test/e2e/discord/fake/fake-process.ts', [], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const answer = async <T extends FakeProcessAnswer['op']>(op: T) => {
  for (;;) {
    const [message] = (await once(child, 'message')) as [FakeProcessAnswer];
    if (message.op === op) return message as Extract<FakeProcessAnswer, { op: T }>;
  }
};
const ask = (request: FakeProcessRequest) => child.send(request);

const fake = await answer('ready');
const world = await PipelineWorld.start({ render: false, env: { ATLAS_APPROVERS: fake.approver } });
const adapter = new DiscordAdapter({
  ...fake,
  deps: world.runtime.deps,
  messages: world.runtime.messages,
  logger: silentLogger,
});
try {
  await adapter.start();
  await world.renderTo(adapter.chat, 1000);
  ask({ op: 'burst', count: 1, timeoutMs: 5000 });
  await answer('burst');
  await adapter.idle();
  ask({ op: 'burst', count: COUNT, timeoutMs: 10_000 });
  const burst = await answer('burst');
  await adapter.idle();
  const result = {
    discord_ack_p99_ms: Math.round(percentile(burst.latencies, 99)),
    discord_ack_p50_ms: Math.round(percentile(burst.latencies, 50)),
    discord_ack_max_ms: Math.round(Math.max(...burst.latencies)),
    acknowledged: burst.acknowledged,
  };
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const row = (name: string, value: number | string, target = '') =>
      `${`${name.padEnd(22)}${String(value).padStart(8)}  ${target}`.trimEnd()}\n`;
    process.stdout.write(row('metric', 'value', 'target'));
    process.stdout.write(row('discord_ack_p99_ms', result.discord_ack_p99_ms, `< ${TARGET_MS}`));
    process.stdout.write(row('discord_ack_p50_ms', result.discord_ack_p50_ms));
    process.stdout.write(row('discord_ack_max_ms', result.discord_ack_max_ms, '< 3000 (Discord)'));
    process.stdout.write(row('acknowledged', result.acknowledged, `${COUNT}`));
  }
  process.exitCode = result.discord_ack_p99_ms < TARGET_MS && result.acknowledged === COUNT ? 0 : 1;
} finally {
  ask({ op: 'exit' });
  await adapter.close();
  await world.close();
}
