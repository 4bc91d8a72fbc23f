import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ClosableJobQueue, createJobQueue } from '../../../src/queue/job-queue.ts';
import { type RunningWorkers, startWorkers } from '../../../src/queue/workers.ts';
import { deletePrefix, memoryLogger, REDIS_URL, uniquePrefix, waitFor } from './helpers.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/queue/blocking-worker.ts', import.meta.url));

describe('a worker killed during a job', () => {
  let prefix: string;
  let redis: Redis;
  let jobs: ClosableJobQueue;
  let child: ChildProcess | undefined;
  let workers: RunningWorkers | undefined;

  beforeEach(() => {
    prefix = uniquePrefix();
    child = undefined;
    workers = undefined;
    redis = new Redis(REDIS_URL);
    jobs = createJobQueue({ connection: { url: REDIS_URL }, prefix });
  });

  afterEach(async () => {
    if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await workers?.close(1_000);
    await jobs.close();
    await deletePrefix(prefix);
    redis.disconnect();
  });

  it('does not lose the job: the next worker runs it to completion exactly once', async () => {
    const started = `${prefix}:count:started`;
    const completed = `${prefix}:count:completed`;
    child = await startChildWorker(prefix, started);
    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(async () => (await redis.get(started)) === '1');

    child.kill('SIGKILL');
    await once(child, 'exit');
    const attempts: number[] = [];
    const logger = memoryLogger();
    workers = startWorkers({
      connection: { url: REDIS_URL },
      prefix,
      concurrency: 1,
      logger,
      lockDurationMs: 1_000,
      stalledIntervalMs: 300,
      processors: { plan: async () => void (await redis.incr(completed)) },
      hooks: { onCompleted: (_kind, _data, job) => void attempts.push(job.attempt) },
    });
    await waitFor(() => attempts.length === 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 700));

    expect(await redis.get(started)).toBe('1');
    expect(await redis.get(completed)).toBe('1');
    expect(attempts).toEqual([1]);
    expect(logger.lines.map((line) => line.message)).toContain(
      'Job lost its worker; it goes back to the queue',
    );
  });

  it('reports a job that lost its worker too often as failed through the hooks', async () => {
    const started = `${prefix}:count:started`;
    child = await startChildWorker(prefix, started);
    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(async () => (await redis.get(started)) === '1');

    child.kill('SIGKILL');
    await once(child, 'exit');
    const failures: string[] = [];
    workers = startWorkers({
      connection: { url: REDIS_URL },
      prefix,
      concurrency: 1,
      logger: memoryLogger(),
      lockDurationMs: 1_000,
      stalledIntervalMs: 300,
      maxStalledCount: 0,
      processors: { plan: async () => {} },
      hooks: {
        onFailed: (kind, data, job, _error, willRetry) =>
          void failures.push(`${kind} ${data.requestId} ${job.id} retry=${willRetry}`),
      },
    });
    await waitFor(() => failures.length === 1, 10_000);

    expect(failures).toEqual(['plan R-7F3K plan.R-7F3K retry=false']);
  });
});

/** Starts the fixture worker with the project's Node and resolves once it takes jobs. */
async function startChildWorker(prefix: string, startedKey: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [FIXTURE, REDIS_URL, prefix, startedKey], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitFor(() => output.includes('ready') || child.exitCode !== null, 10_000);
  if (!output.includes('ready'))
    throw new Error(`The worker fixture exited early with code ${child.exitCode}`);
  return child;
}
