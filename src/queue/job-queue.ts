import { Queue } from 'bullmq';
import { AtlasError } from '../domain/errors.ts';
import type { EnqueueResult, JobData, JobKind, JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import { createRedisClient, type RedisConnection } from './connection.ts';
import { claimEnqueued } from './enqueue-claim.ts';
import { JOB_KINDS, jobIdFor, requireJobData } from './job-data.ts';
import {
  DEFAULT_RETENTION,
  DEFAULT_RETRY,
  defaultJobOptions,
  type RetentionOptions,
  type RetryOptions,
} from './job-options.ts';

export interface JobQueueOptions {
  connection: RedisConnection;
  /** Namespaces every Redis key of the queues, e.g. `atlas`. Workers must use the same prefix. */
  prefix: string;
  /** Attempts and backoff are stored with each job when it is enqueued (BullMQ reads them there). */
  retry?: RetryOptions;
  retention?: RetentionOptions;
  logger?: Logger;
}

export interface ClosableJobQueue extends JobQueue {
  close(): Promise<void>;
}

/** The JobQueue port on BullMQ: one queue per job kind, all sharing one Redis connection. */
export function createJobQueue(options: JobQueueOptions): ClosableJobQueue {
  const client = createRedisClient(options.connection);
  const jobOptions = defaultJobOptions(
    options.retry ?? DEFAULT_RETRY,
    options.retention ?? DEFAULT_RETENTION,
  );
  const queues = new Map<JobKind, Queue>();
  for (const kind of JOB_KINDS) {
    const queue = new Queue(kind, {
      connection: client,
      prefix: options.prefix,
      defaultJobOptions: jobOptions,
    });
    queue.on('error', (error) =>
      options.logger?.error({ err: error, queue: kind }, 'Job queue connection error'),
    );
    queues.set(kind, queue);
  }

  async function enqueue(kind: JobKind, raw: JobData): Promise<EnqueueResult> {
    const queue = queueFor(queues, kind);
    const data = requireJobData(kind, raw);
    const jobId = jobIdFor(kind, data);
    await queue.add(kind, data, { jobId });
    const claim = await claimEnqueued(
      client,
      { job: queue.toKey(jobId), wait: queue.toKey('wait') },
      jobId,
      Date.now(),
    );
    options.logger?.debug({ kind, jobId, duplicate: !claim.fresh, waiting: claim.waiting }, 'Job enqueued');
    return { jobId, duplicate: !claim.fresh, waiting: claim.waiting };
  }

  async function close(): Promise<void> {
    await Promise.all([...queues.values()].map((queue) => queue.close()));
    await client.quit().catch(() => client.disconnect());
  }

  return { enqueue, close };
}

function queueFor(queues: Map<JobKind, Queue>, kind: JobKind): Queue {
  const queue = queues.get(kind);
  if (queue === undefined) {
    throw new AtlasError('internal', `Enqueuing a job: there is no queue for job kind "${kind}".`, {
      hint: `Use one of ${JOB_KINDS.join(', ')}.`,
    });
  }
  return queue;
}
