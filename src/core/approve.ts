import { AtlasError } from '../domain/errors.ts';
import { shortHash } from '../domain/plan.ts';
import { describeState, type Request } from '../domain/request.ts';
import { type UserRef, userLabel } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import { describeApprovers, isApprover } from './approvers.ts';
import type { CoreDeps } from './deps.ts';
import { actorFields, moveRequest } from './move-request.ts';
import { notice } from './views/notices.ts';

export interface Decide {
  request: Request;
  user: UserRef;
  /** The short plan hash the person saw (a button carries it); typed commands approve the current plan. */
  planHash?: string;
}

/** Refuses, with the reason and who can, unless this person may decide on this request now. */
export function checkDecider(deps: CoreDeps, { request, user, planHash }: Decide, verb: string): string {
  if (!isApprover(deps.policy, user) && !(verb === 'reject' && user.id === request.requester.id)) {
    throw new AtlasError('forbidden', `You cannot ${verb} ${request.id}.`, {
      hint: `Approvers: ${describeApprovers(deps.policy)}.`,
    });
  }
  if (request.state !== 'awaiting_approval' || !request.planHash) {
    throw new AtlasError(
      'invalid_state',
      `${request.id} is ${describeState(request.state)}; there is nothing to ${verb}.`,
    );
  }
  if (planHash && planHash !== shortHash(request.planHash)) {
    throw new AtlasError('stale_plan', `That button belongs to an older plan of ${request.id}.`, {
      hint: `Decide on the current plan ${shortHash(request.planHash)}, shown in the latest plan card.`,
    });
  }
  return request.planHash;
}

/** Records an approval pinned to the plan hash; the last required approval moves the request and queues the apply. */
export async function approve(deps: CoreDeps, decide: Decide): Promise<ThreadView[]> {
  const { request, user } = decide;
  const planHash = checkDecider(deps, decide, 'approve');
  if (request.requester.id === user.id && !deps.policy.allowSelfApproval) {
    throw new AtlasError('forbidden', `You asked for ${request.id}, so someone else must approve it.`, {
      hint: `Approvers: ${describeApprovers(deps.policy)}.`,
    });
  }
  const at = deps.clock.now().toISOString();
  const added = await deps.requests.addApproval({ requestId: request.id, planHash, approver: user.id, at });
  if (!added) return [notice(`You already approved ${request.id}.`)];
  await deps.audit.append({
    ...actorFields(user),
    action: 'approval.recorded',
    requestId: request.id,
    thread: request.thread,
    planHash,
  });
  const count = (await deps.requests.listApprovals(request.id)).filter((a) => a.planHash === planHash).length;
  const needed = deps.policy.requiredApprovals;
  if (count < needed)
    return [
      notice(
        `${request.id}: approval ${count} of ${needed} recorded.`,
        'Waiting for more approvers.',
        'pending',
      ),
    ];
  const approved = await moveRequest(deps, request, {
    to: 'approved',
    actor: user,
    detail: `approved by ${userLabel(user)}`,
  });
  if (!approved) return [];
  const queued = await deps.queue.enqueue('apply', { requestId: request.id, planHash });
  return queued.waiting > 0 ? [notice(`${request.id} is queued behind ${queued.waiting} other job(s).`)] : [];
}
