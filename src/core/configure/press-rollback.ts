import { AtlasError } from '../../domain/errors.ts';
import { shortHash } from '../../domain/plan.ts';
import { describeState, type Request } from '../../domain/request.ts';
import { type UserRef, userLabel } from '../../domain/thread.ts';
import type { RollbackButton, ThreadView } from '../../domain/thread-view.ts';
import type { InboundAction } from '../../ports/chat-platform.ts';
import { isApprover } from '../approvers.ts';
import type { CoreDeps } from '../deps.ts';
import { actorFields } from '../move-request.ts';
import { notice } from '../views/notices.ts';

/** The Roll back button: audited, checked, then the rollback is queued for a worker. */
export async function pressRollback(
  deps: CoreDeps,
  action: InboundAction,
  button: RollbackButton,
): Promise<ThreadView[]> {
  const request = await deps.requests.get(button.requestId);
  if (!request) {
    throw new AtlasError('not_found', `There is no request ${button.requestId}.`, {
      hint: 'Request ids look like R-7F3K; the failure message shows it.',
    });
  }
  await deps.audit.append({
    ...actorFields(action.user),
    action: 'button.rollback',
    requestId: request.id,
    thread: action.thread,
    ...(request.planHash ? { planHash: request.planHash } : {}),
  });
  return requestRollback(deps, request, action.user, button.planHash);
}

/** Queues the rollback of a failed create, for its requester or an approver. */
export async function requestRollback(
  deps: CoreDeps,
  request: Request,
  user: UserRef,
  planHash12: string,
): Promise<ThreadView[]> {
  if (request.state === 'rolled_back') return [notice(`${request.id} is rolled back already.`)];
  if (request.operation.kind !== 'create' || request.state !== 'failed') {
    throw new AtlasError(
      'invalid_state',
      `${request.id} is ${describeState(request.state)}; only a create that failed can be rolled back.`,
      { hint: 'Remove a VM you no longer need with /atlas vm destroy NAME.' },
    );
  }
  if (!request.planHash || shortHash(request.planHash) !== planHash12) {
    throw new AtlasError('stale_plan', `That Roll back button is not for the plan ${request.id} applied.`, {
      hint: 'Use the button on the latest failure message of the request.',
    });
  }
  if (user.id !== request.requester.id && !isApprover(deps.policy, user)) {
    throw new AtlasError(
      'forbidden',
      `Only ${userLabel(request.requester)} or an approver can roll back ${request.id}.`,
    );
  }
  const queued = await deps.queue.enqueue('lifecycle', { requestId: request.id });
  if (queued.duplicate) {
    return [notice(`${request.id}'s rollback was asked for already.`, 'Its progress shows in this thread.')];
  }
  const names = request.operation.vms.map((vm) => vm.name).join(', ');
  return [notice(`Rolling back ${request.id}`, `Removing whatever of ${names} it created.`, 'pending')];
}
