import type { Request } from '../domain/request.ts';
import type { CoreDeps } from './deps.ts';

/**
 * Lets go of what the request's plan reserved (VMIDs) once that plan will never be applied: rejected,
 * expired, cancelled or voided by a revision. Best effort: a reservation left behind expires by itself.
 */
export async function releasePlan(deps: CoreDeps, request: Pick<Request, 'id' | 'planId'>): Promise<void> {
  if (!deps.releasePlan || !request.planId) return;
  try {
    const plan = await deps.requests.getPlan(request.planId);
    if (plan) await deps.releasePlan(plan);
  } catch (error) {
    deps.logger.warn(
      { err: error, requestId: request.id },
      'letting go of the VMIDs of an unused plan failed; the reservations expire by themselves',
    );
  }
}
