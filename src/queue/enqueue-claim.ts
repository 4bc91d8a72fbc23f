import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Run right after BullMQ's add (which is idempotent for a custom job id), atomically:
 * - marks the job hash as claimed; exactly one enqueuer of a given job ever sees `fresh = 1`, so
 *   concurrent duplicates (two clicks, two replicas) agree on which of them created the job;
 * - counts the waiting jobs ahead of it. BullMQ pushes new jobs on the left of the wait list and
 *   workers take them from the right, so the jobs ahead are the ones to its right.
 * A job that already finished and was removed returns fresh = 0 (nothing new was enqueued).
 */
const SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {0, 0} end
local fresh = redis.call('HSETNX', KEYS[1], 'atlasEnqueuedAt', ARGV[2])
local index = redis.call('LPOS', KEYS[2], ARGV[1])
if not index then return {fresh, 0} end
return {fresh, redis.call('LLEN', KEYS[2]) - 1 - index}
`;

export interface Claim {
  fresh: boolean;
  waiting: number;
}

const SHA = createHash('sha1').update(SCRIPT).digest('hex');

/** Runs the script by its SHA-1; its text is sent only when this Redis server has not seen it yet. */
export async function claimEnqueued(
  client: Redis,
  keys: { job: string; wait: string },
  jobId: string,
  now: number,
): Promise<Claim> {
  const args = [2, keys.job, keys.wait, jobId, String(now)] as const;
  const reply = await client.evalsha(SHA, ...args).catch((error: unknown) => {
    if (error instanceof Error && error.message.startsWith('NOSCRIPT')) return client.eval(SCRIPT, ...args);
    throw error;
  });
  const [fresh, waiting] = reply as [number, number];
  return { fresh: fresh === 1, waiting };
}
