import { randomUUID } from 'node:crypto';
import { AtlasError } from '../domain/errors.ts';
import { DEFAULT_LANGUAGE, type Language } from '../domain/language.ts';
import { type Plan, planHash } from '../domain/plan.ts';
import type { PlanDraft } from '../ports/engine.ts';
import type { WorkerDeps } from './deps.ts';
import { progressIn } from './i18n/progress-catalogue.ts';
import { moveRequest, publish } from './move-request.ts';

/**
 * Plan job: received → planning → awaiting_approval, with the plan stored and its hash pinned on the
 * request. Safe to run twice: a request past planning is left alone, one still planning is planned again.
 * A job for an older revision than the request's does nothing (the newer revision has its own job), and
 * a plan is pinned only if the request was not revised while it was being made.
 */
export async function planRequest(deps: WorkerDeps, requestId: string, revision = 0): Promise<void> {
  let request = await deps.requests.get(requestId);
  if (!request) throw new AtlasError('not_found', `Planning ${requestId}: no such request.`);
  if (revision < (request.revision ?? 0)) return;
  if (request.state === 'received') {
    request = await moveRequest(deps, request, {
      to: 'planning',
      actor: 'atlas',
      detail: `planning with the ${deps.engine.name} engine`,
    });
  }
  if (request?.state !== 'planning') return;
  const draft = await deps.engine.plan(request);
  const body = {
    engine: deps.engine.name,
    actions: draft.actions,
    ...(draft.artifactSha256 ? { artifactSha256: draft.artifactSha256 } : {}),
  };
  const now = deps.clock.now();
  const plan: Plan = {
    id: randomUUID(),
    requestId,
    ...body,
    hash: planHash(body),
    ...summaryOf(draft, request.language ?? DEFAULT_LANGUAGE),
    createdAt: now.toISOString(),
  };
  await deps.requests.savePlan(plan);
  const expiresAt = new Date(now.getTime() + deps.policy.approvalTtlMs).toISOString();
  const ready = await moveRequest(deps, request, {
    to: 'awaiting_approval',
    actor: 'atlas',
    patch: { planId: plan.id, planHash: plan.hash, expiresAt },
    detail: `plan ${plan.hash.slice(0, 12)} ready`,
    revision: request.revision ?? 0,
  });
  if (ready)
    await publish(deps, ready, { type: 'plan.ready', message: `plan ${plan.hash.slice(0, 12)} ready` });
}

/** The engine's summary for the plan card, in the language of the request when the engine says its lines. */
function summaryOf(draft: PlanDraft, language: Language): { summary?: string } {
  const told = draft.summaryLines?.map((line) => progressIn(line, language)).join('\n');
  const summary = told ?? draft.summary;
  return summary ? { summary: summary.slice(0, 4000) } : {};
}
