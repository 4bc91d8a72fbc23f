import { z } from 'zod';
import { AtlasError } from '../domain/errors.ts';
import { RequestId } from '../domain/intent.ts';
import { shortHash } from '../domain/plan.ts';
import type { JobData, JobKind } from '../ports/job-queue.ts';

export const JOB_KINDS: readonly JobKind[] = ['plan', 'apply', 'lifecycle'];

const PlanHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-digit SHA-256 of the approved plan');

/** What each kind of job carries: ids only. Unknown keys are dropped, so nothing else is ever stored. */
export const JobPayload = {
  plan: z.object({ requestId: RequestId, revision: z.number().int().positive().optional() }),
  apply: z.object({ requestId: RequestId, planHash: PlanHash }),
  lifecycle: z.object({ requestId: RequestId }),
} as const satisfies Record<JobKind, z.ZodType<JobData>>;

export type ParsedJobData = { ok: true; data: JobData } | { ok: false; problem: string };

/** Validates job data for a kind; `problem` names the fields that were wrong. */
export function parseJobData(kind: JobKind, raw: unknown): ParsedJobData {
  const parsed = JobPayload[kind].safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problem = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'data'} ${issue.message}`)
    .join('; ');
  return { ok: false, problem };
}

/** Like parseJobData, for the producer side: a bad payload is a programming error, said plainly. */
export function requireJobData(kind: JobKind, raw: unknown): JobData {
  const parsed = parseJobData(kind, raw);
  if (parsed.ok) return parsed.data;
  throw new AtlasError('internal', `Enqueuing a ${kind} job: the job data is invalid (${parsed.problem}).`, {
    hint: 'This is a bug in ATLAS: please report it with the log line above.',
  });
}

/**
 * The deterministic job id: the same request (and, for apply, the same approved plan) always maps
 * to the same id (a revised request's plan job names its revision), so a duplicate click, a re-delivered event or a second bot replica adds nothing.
 * BullMQ forbids `:` in custom ids, hence the dots.
 */
export function jobIdFor(kind: JobKind, data: JobData): string {
  if (kind === 'apply') return `apply.${data.requestId}.${shortHash(data.planHash ?? '')}`;
  if (kind === 'plan' && data.revision) return `plan.${data.requestId}.r${data.revision}`;
  return `${kind}.${data.requestId}`;
}
