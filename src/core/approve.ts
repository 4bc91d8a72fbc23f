import { DEFAULT_LANGUAGE } from '../domain/language.ts';
import { shortHash } from '../domain/plan.ts';
import type { Request } from '../domain/request.ts';
import { type UserRef, userLabel } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import { isApprover } from './approvers.ts';
import type { CoreDeps } from './deps.ts';
import { coreErrorsEn, type DecisionVerb } from './i18n/core-errors-en.ts';
import { errorMaker, listArg } from './i18n/error-texts.ts';
import { repliesFor } from './i18n/replies-messages.ts';
import { actorFields, moveRequest } from './move-request.ts';
import { notice } from './views/notices.ts';

const fail = errorMaker(coreErrorsEn);

export interface Decide {
  request: Request;
  user: UserRef;
  /** The short plan hash the person saw (a button carries it); typed commands approve the current plan. */
  planHash?: string;
}

/** Refuses, with the reason and who can, unless this person may decide on this request now. */
export function checkDecider(
  deps: CoreDeps,
  { request, user, planHash }: Decide,
  verb: DecisionVerb,
): string {
  if (!isApprover(deps.policy, user) && !(verb === 'reject' && user.id === request.requester.id)) {
    throw fail('forbidden', 'cannotDecide', verb, request.id, listArg(deps.policy.approvers));
  }
  if (request.state !== 'awaiting_approval' || !request.planHash) {
    throw fail('invalid_state', 'nothingToDecide', request.id, request.state, verb);
  }
  if (planHash && planHash !== shortHash(request.planHash)) {
    throw fail('stale_plan', 'olderPlanButton', request.id, shortHash(request.planHash));
  }
  return request.planHash;
}

/** Records an approval pinned to the plan hash; the last required approval moves the request and queues the apply. */
export async function approve(deps: CoreDeps, decide: Decide): Promise<ThreadView[]> {
  const { request, user } = decide;
  const planHash = checkDecider(deps, decide, 'approve');
  if (request.requester.id === user.id && !deps.policy.allowSelfApproval) {
    throw fail('forbidden', 'selfApproval', request.id, listArg(deps.policy.approvers));
  }
  const say = repliesFor(request.language ?? DEFAULT_LANGUAGE);
  const at = deps.clock.now().toISOString();
  const added = await deps.requests.addApproval({ requestId: request.id, planHash, approver: user.id, at });
  if (!added) return [notice(say.alreadyApproved(request.id))];
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
    return [notice(say.approvalRecorded(request.id, count, needed), say.waitingForApprovers, 'pending')];
  const approved = await moveRequest(deps, request, {
    to: 'approved',
    actor: user,
    detail: `approved by ${userLabel(user)}`,
  });
  if (!approved) return [];
  const queued = await deps.queue.enqueue('apply', { requestId: request.id, planHash });
  return queued.waiting > 0 ? [notice(say.queuedBehind(request.id, queued.waiting))] : [];
}
