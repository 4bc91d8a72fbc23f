import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasError, PolicyError } from '../../../src/domain/errors.ts';
import type { JobData, JobKind } from '../../../src/ports/job-queue.ts';
import type { JobContext, JobProcessor, WorkerHooks } from '../../../src/queue/job-hooks.ts';
import { type ClosableJobQueue, createJobQueue } from '../../../src/queue/job-queue.ts';
import { type RunningWorkers, startWorkers, type WorkersOptions } from '../../../src/queue/workers.ts';
import { deletePrefix, memoryLogger, REDIS_URL, uniquePrefix, waitFor } from './helpers.ts';

describe('startWorkers', () => {
  let prefix: string;
  let jobs: ClosableJobQueue;
  let events: string[];
  const running: RunningWorkers[] = [];
  const opened: Queue[] = [];
  const logger = memoryLogger();

  const hooks: WorkerHooks = {
    onStart: (kind, data, job) =>
      void events.push(`start ${kind} ${data.requestId} #${job.attempt}/${job.maxAttempts}`),
    onCompleted: (kind, data, job) => void events.push(`completed ${kind} ${data.requestId} #${job.attempt}`),
    onFailed: (kind, data, job, error, willRetry) =>
      void events.push(
        `failed ${kind} ${data.requestId} #${job.attempt} ${(error as Error).message} retry=${willRetry}`,
      ),
  };

  async function start(
    processors: Partial<Record<JobKind, JobProcessor>>,
    extra: Partial<WorkersOptions> = {},
  ): Promise<RunningWorkers> {
    const workers = startWorkers({
      connection: { url: REDIS_URL },
      prefix,
      processors,
      concurrency: 1,
      logger,
      hooks,
      ...extra,
    });
    running.push(workers);
    await workers.ready();
    return workers;
  }

  function bullQueue(name: string): Queue {
    const queue = new Queue(name, { connection: { url: REDIS_URL }, prefix });
    opened.push(queue);
    return queue;
  }

  beforeEach(() => {
    prefix = uniquePrefix();
    events = [];
    jobs = createJobQueue({ connection: { url: REDIS_URL }, prefix, retry: { attempts: 3, backoffMs: 20 } });
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((workers) => workers.close(1_000)));
    await Promise.all(opened.splice(0).map((queue) => queue.close()));
    await jobs.close();
    await deletePrefix(prefix);
  });

  it('runs an enqueued job with its ids and reports start and completion', async () => {
    const seen: [JobData, JobContext][] = [];
    await start({ plan: async (data, job) => void seen.push([data, job]) });

    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(() => events.length === 2);

    expect(events).toEqual(['start plan R-7F3K #1/3', 'completed plan R-7F3K #1']);
    expect(seen).toEqual([
      [{ requestId: 'R-7F3K' }, { id: 'plan.R-7F3K', attempt: 1, signal: expect.any(AbortSignal) }],
    ]);
  });

  it('runs a job enqueued twice only once', async () => {
    let runs = 0;
    await start({
      lifecycle: async () => {
        runs += 1;
      },
    });

    await Promise.all([
      jobs.enqueue('lifecycle', { requestId: 'R-7F3K' }),
      jobs.enqueue('lifecycle', { requestId: 'R-7F3K' }),
    ]);
    await waitFor(() => events.includes('completed lifecycle R-7F3K #1'));
    const again = await jobs.enqueue('lifecycle', { requestId: 'R-7F3K' });
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(again.duplicate).toBe(true);
    expect(runs).toBe(1);
  });

  it('retries a transient error with backoff, then succeeds', async () => {
    let calls = 0;
    await start({
      plan: async () => {
        calls += 1;
        if (calls === 1) throw new AtlasError('transient', 'Proxmox did not answer');
      },
    });

    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(() => events.some((event) => event.startsWith('completed')));

    expect(events).toEqual([
      'start plan R-7F3K #1/3',
      'failed plan R-7F3K #1 Proxmox did not answer retry=true',
      'start plan R-7F3K #2/3',
      'completed plan R-7F3K #2',
    ]);
  });

  it('fails a permanent error at once, after one attempt', async () => {
    let calls = 0;
    await start({
      plan: async () => {
        calls += 1;
        throw new PolicyError('web-01 asks for 64 cores; the limit is 16.');
      },
    });

    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(async () => (await bullQueue('plan').getJobState('plan.R-7F3K')) === 'failed');
    const job = await bullQueue('plan').getJob('plan.R-7F3K');

    expect(calls).toBe(1);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toBe('web-01 asks for 64 cores; the limit is 16.');
    expect(events).toEqual([
      'start plan R-7F3K #1/3',
      'failed plan R-7F3K #1 web-01 asks for 64 cores; the limit is 16. retry=false',
    ]);
  });

  it('says no retry is left on the last attempt of a transient error', async () => {
    await jobs.close();
    jobs = createJobQueue({ connection: { url: REDIS_URL }, prefix, retry: { attempts: 2, backoffMs: 20 } });
    await start({
      apply: async () => {
        throw new Error('socket hang up');
      },
    });

    await jobs.enqueue('apply', { requestId: 'R-7F3K', planHash: 'f'.repeat(64) });
    await waitFor(() => events.length === 4);

    expect(events.filter((event) => event.startsWith('failed'))).toEqual([
      'failed apply R-7F3K #1 socket hang up retry=true',
      'failed apply R-7F3K #2 socket hang up retry=false',
    ]);
    expect(await bullQueue('apply').getJobState(`apply.R-7F3K.${'f'.repeat(12)}`)).toBe('failed');
  });

  it('fails a job whose data is invalid without running it', async () => {
    let calls = 0;
    await start({
      plan: async () => {
        calls += 1;
      },
    });

    await bullQueue('plan').add('plan', { requestId: 'not an id' }, { jobId: 'plan.bad', attempts: 3 });
    await waitFor(async () => (await bullQueue('plan').getJobState('plan.bad')) === 'failed');
    const job = await bullQueue('plan').getJob('plan.bad');

    expect(calls).toBe(0);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toMatch(/^The plan job plan\.bad has invalid data: requestId/);
  });

  it('carries on when a hook throws', async () => {
    const failingHooks: WorkerHooks = {
      ...hooks,
      onStart: () => {
        throw new Error('job history is down');
      },
    };
    await start({ plan: async () => {} }, { hooks: failingHooks });

    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(() => events.length === 1);

    expect(events).toEqual(['completed plan R-7F3K #1']);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'error', fields: expect.objectContaining({ hook: 'onStart' }) }),
    );
  });

  it('waits for a running job when closing', async () => {
    let finished = false;
    const workers = await start({
      plan: async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
      },
    });
    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(() => events.length === 1);

    await workers.close(5_000);

    expect(finished).toBe(true);
    expect(events).toEqual(['start plan R-7F3K #1/3', 'completed plan R-7F3K #1']);
  });

  it('interrupts jobs that outlast the close timeout and puts them back without spending an attempt', async () => {
    const workers = await start({
      apply: (_data, job) =>
        new Promise((_resolve, reject) =>
          job.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    });
    const { jobId } = await jobs.enqueue('apply', { requestId: 'R-7F3K', planHash: 'e'.repeat(64) });
    await waitFor(() => events.length === 1);

    await workers.close(100);
    const job = await bullQueue('apply').getJob(jobId);

    expect(['delayed', 'waiting']).toContain(await job?.getState());
    expect(job?.attemptsMade).toBe(0);
    expect(events).toEqual(['start apply R-7F3K #1/3', 'failed apply R-7F3K #1 aborted retry=true']);
  });

  it('runs an interrupted job again from the same attempt', async () => {
    const first = await start({
      plan: (_data, job) =>
        new Promise((_resolve, reject) =>
          job.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    });
    await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    await waitFor(() => events.length === 1);
    await first.close(100);

    await start({ plan: async () => {} });
    await waitFor(() => events.length === 4);

    expect(events.slice(2)).toEqual(['start plan R-7F3K #1/3', 'completed plan R-7F3K #1']);
  });
});
