// `node bench/slack-ack.ts [--json]`: slack_ack_p99_ms — 100 signed slash commands sent at once to the Slack
// adapter's HTTP endpoint (the one `atlas bot` serves), timing each until Slack would have its 200.
// The adapter runs as in production (real Redis and PostgreSQL, the Proxmox simulator) and does all the
// work that follows each ack; "Slack" (the fake Web API of the tests and the sender) is a second process.
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime, type Runtime } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLogger } from '../src/observability/logger.ts';
import type { Logger } from '../src/ports/logger.ts';
import { startSimulator } from '../src/sim/index.ts';
import { deleteKeys } from '../src/store/index.ts';
import { FakeSlackApi } from '../test/e2e/slack/fake-slack-api.ts';
import { commandRequest, sendSigned } from '../test/e2e/slack/signed-request.ts';
import { startSlackBot } from '../test/e2e/slack/slack-bot.ts';
import { slashCommand } from '../test/e2e/slack/slack-payloads.ts';
import { percentile } from './settings.ts';

const SECRET = 'bench-signing-secret-5d1e0c';

type SlackCommand = { op: 'burst'; url: string; count: number; tag: string } | { op: 'exit' };

/** The Slack side (second process): the fake Web API, and bursts of signed slash commands on request. */
async function runSlackSide(): Promise<void> {
  const api = await FakeSlackApi.start();
  process.send?.({ apiUrl: api.apiUrl });
  process.on('message', async (command: SlackCommand) => {
    if (command.op === 'exit') {
      await api.close();
      process.exit(0);
    }
    const requests = Array.from({ length: command.count }, (_, i) => {
      const fields = slashCommand({
        user: 'UALICE',
        name: 'alice',
        text: `vm create ${command.tag}-${i} --cores 1`,
        channel: 'C0BENCH',
        responseUrl: api.responseUrl('UALICE'),
      });
      const { body, type } = commandRequest(fields);
      return sendSigned(command.url, SECRET, body, type);
    });
    const replies = await Promise.all(requests);
    process.send?.({
      latencies: replies.map((r) => r.ms),
      failed: replies.filter((r) => r.status !== 200).length,
    });
  });
}

function ask<T>(child: ChildProcess, command: SlackCommand): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer: T) => resolve(answer));
    child.send(command);
  });
}

async function openBotRuntime(
  apiUrl: string,
  logger: Logger,
  options: BenchOptions,
  simUrl: string,
  sim: { tokenId: string; tokenSecret: string },
) {
  const config = loadConfig({
    env: {
      SLACK_BOT_TOKEN: ['xoxb', 'bench', 'not', 'a', 'token'].join('-'), // a placeholder the fake Slack accepts
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      ATLAS_MAX_COUNT: '50',
      ATLAS_ENGINE: 'api',
    },
    cwd: mkdtempSync(join(tmpdir(), 'atlas-bench-')),
  });
  return openRuntime({
    config,
    logger,
    redisUrl: options.redisUrl,
    prefix: `atlas-bench-${randomUUID().slice(0, 8)}:`,
    databaseUrl: options.databaseUrl,
    databaseSchema: `atlas_bench_${randomUUID().replaceAll('-', '')}`,
    dataDir: 'memory://',
    proxmox: { url: simUrl, tokenId: sim.tokenId, tokenSecret: sim.tokenSecret },
  });
}

export interface BenchOptions {
  redisUrl: string;
  databaseUrl: string;
  count?: number;
}

export async function measureSlackAck(
  options: BenchOptions,
): Promise<{ slack_ack_p99_ms: number; median_ms: number }> {
  const slack = fork(import.meta.filename, ['--slack-side'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { apiUrl } = await new Promise<{ apiUrl: string }>((resolve) => slack.once('message', resolve));
  const sim = await startSimulator({ taskMs: 0, agentIpDelayMs: 0, sharedStorage: 'ceph-vm' });
  const logger = createLogger({ level: 'warn', destination: 2, base: { role: 'bench-slack' } });
  let runtime: Runtime | undefined;
  try {
    runtime = await openBotRuntime(apiUrl, logger, options, sim.url, sim);
    const bot = await startSlackBot(runtime, logger);
    const burst = async (count: number, tag: string) => {
      const answer = await ask<{ latencies: number[]; failed: number }>(slack, {
        op: 'burst',
        url: bot.eventsUrl,
        count,
        tag,
      });
      if (answer.failed > 0) throw new Error(`${answer.failed} slash commands were not acknowledged`);
      await bot.adapter.slack.idle();
      return answer.latencies;
    };
    await burst(10, 'warm');
    const latencies = await burst(options.count ?? 100, 'ack');
    await bot.close();
    return {
      slack_ack_p99_ms: Math.round(percentile(latencies, 99)),
      median_ms: Math.round(percentile(latencies, 50)),
    };
  } finally {
    slack.send({ op: 'exit' });
    if (runtime) {
      await runtime.sql
        .exec(`DROP SCHEMA IF EXISTS ${runtime.options.databaseSchema} CASCADE`)
        .catch(() => undefined);
      await deleteKeys(runtime.redis, runtime.options.prefix).catch(() => 0);
      await runtime.close();
    }
    await sim.close();
  }
}

if (import.meta.main && process.argv.includes('--slack-side')) await runSlackSide();
else if (import.meta.main) {
  const result = await measureSlackAck({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  });
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  else
    process.stdout.write(
      `slack_ack_p99_ms ${result.slack_ack_p99_ms} (median ${result.median_ms})  target < 300  ${result.slack_ack_p99_ms < 300 ? 'ok' : 'MISSED'}\n`,
    );
}
