import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { PipelineWorld } from '../../support/pipeline-world.ts';
import { DATABASE_URL, REDIS_URL } from '../../support/services.ts';

let world: PipelineWorld;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await world?.close();
});

function startChildWorker(w: PipelineWorld): Promise<ChildProcess> {
  const settings = {
    simUrl: w.sim.url,
    tokenId: w.sim.tokenId,
    tokenSecret: w.sim.tokenSecret,
    redisUrl: REDIS_URL,
    prefix: w.runtime.options.prefix,
    databaseUrl: DATABASE_URL,
    schema: w.schema,
    env: { ATLAS_APPROVERS: 'console:bob' },
  };
  const proc = spawn(
    process.execPath,
    ['test/fixtures/pipeline/worker-process.ts', JSON.stringify(settings)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    proc.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(proc);
    });
    proc.once('exit', (code) => reject(new Error(`worker process exited early (${code})`)));
  });
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a worker killed during apply', () => {
  it('is replaced by another worker that finishes the request with exactly one VM', async () => {
    world = await PipelineWorld.start({ worker: false });
    world.sim.faults.slowTask(1500, { type: 'qmclone' });
    child = await startChildWorker(world);
    const id = await world.create('alice', 'vm create crash-01');
    await world.waitFor(id, 'awaiting_approval');

    await world.say('bob', 'approve');
    await until(() => world.sim.requests.some((r) => r.method === 'POST' && r.path.endsWith('/clone')));
    child.kill('SIGKILL');
    await world.startWorker();
    const done = await world.waitFor(id, 'succeeded', 30_000);

    expect(world.sim.state.vms().filter((v) => v.config.name === 'crash-01')).toHaveLength(1);
    expect(world.sim.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/clone'))).toHaveLength(
      1,
    );
    expect(done.result?.[0]).toMatchObject({ name: 'crash-01', ip: expect.stringMatching(/^10\./) });
    const jobs = await world.runtime.deps.requests.listJobs(id);
    expect(jobs.filter((j) => j.kind === 'apply' && j.status === 'started').length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
