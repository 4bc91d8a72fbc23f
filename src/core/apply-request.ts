import { AtlasError } from '../domain/errors.ts';
import { planHash as hashOf } from '../domain/plan.ts';
import type { Request } from '../domain/request.ts';
import type { Progress } from '../ports/engine.ts';
import type { ApplyDeps } from './configure/configure-deps.ts';
import { configureRequest } from './configure/configure-request.ts';
import { needsConfiguring } from './configure/configuring-engine.ts';
import type { WorkerDeps } from './deps.ts';
import { progressEvent } from './i18n/progress-event.ts';
import { moveRequest, publish } from './move-request.ts';

/**
 * Apply job: approved → applying → succeeded, or → configuring → succeeded when the plan has roles to
 * run. Applies exactly the plan that was approved: the job's plan hash, the request's pinned hash and
 * the stored plan's own hash must all agree. A retry after a crash finds the request still `applying`
 * (the idempotent engine carries on) or `configuring` (the roles run again on the VMs it recorded).
 */
export async function applyRequest(
  deps: ApplyDeps,
  requestId: string,
  approvedHash: string | undefined,
  signal?: AbortSignal,
): Promise<void> {
  let request = await deps.requests.get(requestId);
  if (!request) throw new AtlasError('not_found', `Applying ${requestId}: no such request.`);
  if (request.state === 'approved') {
    request = await moveRequest(deps, request, {
      to: 'applying',
      actor: 'atlas',
      detail: 'applying the approved plan',
    });
  }
  if (request?.state !== 'applying' && request?.state !== 'configuring') return;
  const plan = await loadApprovedPlan(deps, request, approvedHash);
  const thread = request;
  const report = async (progress: Progress) => publish(deps, thread, progressEvent(progress));
  if (request.state === 'applying') {
    const result = await deps.engine.apply(plan, report, signal);
    if (!needsConfiguring(plan)) {
      await moveRequest(deps, request, {
        to: 'succeeded',
        actor: 'atlas',
        patch: { result },
        detail: 'done',
      });
      return;
    }
    request = await moveRequest(deps, request, {
      to: 'configuring',
      actor: 'atlas',
      patch: { result },
      detail: 'created; running the roles',
    });
    if (!request) return;
  }
  await configureRequest(deps, request, plan, report, signal);
}

async function loadApprovedPlan(deps: WorkerDeps, request: Request, approvedHash: string | undefined) {
  const plan = request.planId ? await deps.requests.getPlan(request.planId) : undefined;
  const pinned = request.planHash;
  if (!plan || !pinned || approvedHash !== pinned || plan.hash !== pinned || hashOf(plan) !== pinned) {
    throw new AtlasError(
      'stale_plan',
      `The plan of ${request.id} is not the one that was approved, so nothing was applied.`,
      {
        hint: 'Ask again to get a fresh plan and approve that one.',
      },
    );
  }
  return plan;
}
