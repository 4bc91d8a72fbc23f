import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasError } from '../../../src/domain/errors.ts';
import type { JobData } from '../../../src/ports/job-queue.ts';
import { type ClosableJobQueue, createJobQueue } from '../../../src/queue/job-queue.ts';
import { deletePrefix, REDIS_URL, uniquePrefix } from './helpers.ts';

const HASH = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2';

describe('createJobQueue', () => {
  let prefix: string;
  let jobs: ClosableJobQueue;
  const opened: Queue[] = [];

  /** A plain BullMQ view of the same queue, to check what was stored. */
  function bullQueue(name: string): Queue {
    const queue = new Queue(name, { connection: { url: REDIS_URL }, prefix });
    opened.push(queue);
    return queue;
  }

  beforeEach(() => {
    prefix = uniquePrefix();
    jobs = createJobQueue({ connection: { url: REDIS_URL }, prefix });
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((queue) => queue.close()));
    await jobs.close();
    await deletePrefix(prefix);
  });

  it('gives each kind its deterministic job id', async () => {
    const plan = await jobs.enqueue('plan', { requestId: 'R-7F3K' });
    const apply = await jobs.enqueue('apply', { requestId: 'R-7F3K', planHash: HASH });
    const lifecycle = await jobs.enqueue('lifecycle', { requestId: 'R-9ZZ1' });

    expect(plan).toEqual({ jobId: 'plan.R-7F3K', duplicate: false, waiting: 0 });
    expect(apply).toEqual({ jobId: 'apply.R-7F3K.a1b2c3d4e5f6', duplicate: false, waiting: 0 });
    expect(lifecycle).toEqual({ jobId: 'lifecycle.R-9ZZ1', duplicate: false, waiting: 0 });
  });

  it('enqueues a duplicate once, even when the duplicates race', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => jobs.enqueue('plan', { requestId: 'R-7F3K' })),
    );
    const later = await jobs.enqueue('plan', { requestId: 'R-7F3K' });

    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(later.duplicate).toBe(true);
    expect(await bullQueue('plan').getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  it('says how many jobs of the same kind wait ahead', async () => {
    const first = await jobs.enqueue('plan', { requestId: 'R-AAAA' });
    const second = await jobs.enqueue('plan', { requestId: 'R-BBBB' });
    const third = await jobs.enqueue('plan', { requestId: 'R-CCCC' });
    const otherKind = await jobs.enqueue('apply', { requestId: 'R-AAAA', planHash: HASH });
    const secondAgain = await jobs.enqueue('plan', { requestId: 'R-BBBB' });

    expect([first.waiting, second.waiting, third.waiting]).toEqual([0, 1, 2]);
    expect(otherKind.waiting).toBe(0);
    expect(secondAgain).toEqual({ jobId: 'plan.R-BBBB', duplicate: true, waiting: 1 });
  });

  it('stores the ids only, with retry and retention options', async () => {
    const data = { requestId: 'R-7F3K', planHash: HASH, token: 'xoxb-not-for-the-queue' } as JobData;

    await jobs.enqueue('apply', data);
    const job = await bullQueue('apply').getJob('apply.R-7F3K.a1b2c3d4e5f6');

    expect(job?.data).toEqual({ requestId: 'R-7F3K', planHash: HASH });
    expect(job?.opts.attempts).toBe(3);
    expect(job?.opts.backoff).toEqual({ type: 'exponential', delay: 5000 });
    expect(job?.opts.removeOnComplete).toEqual({ age: 86_400, count: 1000 });
  });

  it('refuses job data that is not what the kind needs', async () => {
    const missingHash = jobs.enqueue('apply', { requestId: 'R-7F3K' });
    const badId = jobs.enqueue('plan', { requestId: 'web-01' });

    await expect(missingHash).rejects.toBeInstanceOf(AtlasError);
    await expect(missingHash).rejects.toThrow(/apply job: the job data is invalid \(planHash/);
    await expect(badId).rejects.toThrow(/requestId/);
  });
});
