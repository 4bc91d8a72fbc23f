// `npm run bench [-- --json]`: ATLAS's pipeline against the Proxmox simulator, with a bot process and a
// worker process on real Redis and PostgreSQL, measuring what people feel. Prints a table, or one JSON object.
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../src/observability/logger.ts';
import { startSimulator } from '../src/sim/index.ts';
import { createRedis, deleteKeys } from '../src/store/index.ts';
import { openPostgres } from '../src/store/sql/open-postgres.ts';
import { CHAT_ACK_TARGETS, measureChatAcks } from './chat-acks.ts';
import { type BenchSettings, type BotCommand, percentile } from './settings.ts';
import { hasTerraform, measureTerraformOverhead, TARGET_RATIO } from './terraform-overhead.ts';

const json = process.argv.includes('--json');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const note = (text: string) => process.stderr.write(`bench: ${text}\n`);

function start(script: string, settings: BenchSettings): Promise<ChildProcess> {
  const child = fork(script, [JSON.stringify(settings)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function ask<T>(child: ChildProcess, command: BotCommand | { op: 'rss' | 'exit' }): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (answer: T & { error?: string }) =>
      answer.error ? reject(new Error(answer.error)) : resolve(answer),
    );
    child.send(command);
  });
}

/** Optional: only where the terraform binary is found (the Terraform engine's overhead over terraform by hand). */
async function terraformSection(): Promise<{ terraform_overhead_ratio?: number }> {
  if (!hasTerraform()) {
    note('terraform_overhead_ratio skipped: terraform binary not found on PATH');
    return {};
  }
  note('one VM with the Terraform engine, against terraform init/plan/apply by hand on its workspace');
  const result = await measureTerraformOverhead({ redisUrl: REDIS_URL, databaseUrl: DATABASE_URL });
  return { terraform_overhead_ratio: result.terraform_overhead_ratio };
}

const sim = await startSimulator({
  taskMs: 0,
  agentIpDelayMs: 0,
  sharedStorage: 'ceph-vm',
  nodes: [
    { name: 'pve1', cpus: 64, memoryMiB: 1_048_576, storageGiB: 100_000 },
    { name: 'pve2', cpus: 64, memoryMiB: 1_048_576, storageGiB: 100_000 },
    { name: 'pve3', cpus: 64, memoryMiB: 1_048_576, storageGiB: 100_000 },
  ],
});
const schema = `atlas_bench_${randomUUID().replaceAll('-', '')}`;
const settings: BenchSettings = {
  simUrl: sim.url,
  tokenId: sim.tokenId,
  tokenSecret: sim.tokenSecret,
  redisUrl: REDIS_URL,
  prefix: `atlas-bench-${randomUUID().slice(0, 8)}:`,
  databaseUrl: DATABASE_URL,
  schema,
};
const worker = await start('bench/worker-process.ts', settings);
const bot = await start('bench/bot-process.ts', settings);
try {
  note('200 create commands in 200 threads at once');
  const first = await ask<{ latencies: number[] }>(bot, { op: 'first-reply', count: 200 });
  note('50 approvals, one after another, each timed to the request becoming active');
  const approvals = await ask<{ latencies: number[] }>(bot, { op: 'approve-each', count: 50 });
  note('50 VMs end to end with zero simulated task time');
  const e2e = await ask<{ wallMs: number }>(bot, { op: 'end-to-end', count: 50 });
  const botRss = await ask<{ rss: number }>(bot, { op: 'rss' });
  const workerRss = await ask<{ rss: number }>(worker, { op: 'rss' });
  const terraform = await terraformSection();
  const chat = await measureChatAcks(note);
  const results = {
    first_reply_p99_ms: Math.round(percentile(first.latencies, 99)),
    approval_to_active_p99_ms: Math.round(percentile(approvals.latencies, 99)),
    overhead_per_vm_ms: Math.round(e2e.wallMs / 50),
    bot_rss_mb: Math.round(botRss.rss / 1048576),
    worker_rss_mb: Math.round(workerRss.rss / 1048576),
  };
  const targets: Record<keyof typeof results, number> = {
    first_reply_p99_ms: 250,
    approval_to_active_p99_ms: 100,
    overhead_per_vm_ms: 300,
    bot_rss_mb: 200,
    worker_rss_mb: 200,
  };
  if (json) process.stdout.write(`${JSON.stringify({ ...results, ...terraform, ...chat })}\n`);
  else {
    process.stdout.write(`${'metric'.padEnd(28)}${'value'.padStart(8)}  target\n`);
    for (const [key, value] of Object.entries(results)) {
      const target = targets[key as keyof typeof results];
      process.stdout.write(
        `${key.padEnd(28)}${String(value).padStart(8)}  < ${target}  ${value < target ? 'ok' : 'MISSED'}\n`,
      );
    }
    for (const [key, target] of Object.entries(CHAT_ACK_TARGETS)) {
      const value = chat[key as keyof typeof CHAT_ACK_TARGETS] ?? Number.NaN;
      process.stdout.write(
        `${key.padEnd(28)}${String(value).padStart(8)}  < ${target}  ${value < target ? 'ok' : 'MISSED'}\n`,
      );
    }
    const ratio = terraform.terraform_overhead_ratio;
    process.stdout.write(
      ratio === undefined
        ? `${'terraform_overhead_ratio'.padEnd(28)}skipped: terraform binary not found on PATH\n`
        : `${'terraform_overhead_ratio'.padEnd(28)}${String(ratio).padStart(8)}  <= ${TARGET_RATIO}  ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}\n`,
    );
  }
} finally {
  bot.send({ op: 'exit' });
  worker.send({ op: 'exit' });
  await sim.close();
  const sql = await openPostgres({ url: DATABASE_URL });
  await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await sql.close();
  const redis = createRedis(REDIS_URL, createLogger({ level: 'silent' }));
  await deleteKeys(redis, settings.prefix);
  await redis.quit();
}
