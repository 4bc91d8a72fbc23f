import { AtlasError } from '../domain/errors.ts';
import { planHash as hashOf } from '../domain/plan.ts';
import type { Request } from '../domain/request.ts';
import type { WorkerDeps } from './deps.ts';
import { moveRequest, publish } from './move-request.ts';

/**
 * Apply job: approved → applying → succeeded. Applies exactly the plan that was approved: the job's
 * plan hash, the request's pinned hash and the stored plan's own hash must all agree. A retry after a
 * crash finds the request still `applying` and lets the (idempotent) engine carry on.
 */
export async function applyRequest(
  deps: WorkerDeps,
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
  if (request?.state !== 'applying') return;
  const plan = await loadApprovedPlan(deps, request, approvedHash);
  const report = async (progress: { message: string; vm?: string }) =>
    publish(deps, request, {
      type: 'progress',
      message: progress.message,
      ...(progress.vm ? { vm: progress.vm } : {}),
    });
  const result = await deps.engine.apply(plan, report, signal);
  await moveRequest(deps, request, { to: 'succeeded', actor: 'atlas', patch: { result }, detail: 'done' });
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
