import { shortHash } from '../domain/plan.ts';
import type { Request, RequestState } from '../domain/request.ts';
import type { UserRef } from '../domain/thread.ts';
import type { VmSpec } from '../domain/vm-spec.ts';
import type { CoreDeps } from './deps.ts';
import { actorFields, publish } from './move-request.ts';
import { releasePlan } from './release-plan.ts';

/** States a request may be revised in: nobody has approved it, nothing was applied. */
export const REVISABLE: readonly RequestState[] = ['received', 'planning', 'awaiting_approval'];

/**
 * A follow-up in the thread changes a request nobody approved yet: it keeps its id, its operation is
 * replaced, its plan is voided (approvals are pinned to the old plan's hash, so none carry over) and it
 * is planned again as its next revision. The caller has checked the new VMs as for a new request.
 * Undefined when the request was approved, rejected or cancelled in the meantime.
 */
export async function reviseRequest(
  deps: CoreDeps,
  user: UserRef,
  request: Request,
  vms: VmSpec[],
): Promise<Request | undefined> {
  const revised = await deps.requests.revise(request.id, REVISABLE, { kind: 'create', vms });
  if (!revised) return undefined;
  await releasePlan(deps, request);
  const revision = revised.revision ?? 1;
  const voided = request.planHash ? `plan ${shortHash(request.planHash)} voided` : 'not planned yet';
  await deps.audit.append({
    ...actorFields(user),
    action: 'request.revised',
    requestId: request.id,
    thread: request.thread,
    ...(request.planHash ? { planHash: request.planHash } : {}),
    detail: `revision ${revision}: create ${vms.map((vm) => vm.name).join(', ')}; ${voided}`,
  });
  await publish(deps, revised, {
    type: 'revised',
    message: request.planHash ? `r${revision - 1} ${shortHash(request.planHash)}` : '',
  });
  await deps.queue.enqueue('plan', { requestId: request.id, revision });
  return revised;
}
