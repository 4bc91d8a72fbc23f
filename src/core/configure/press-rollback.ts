import { DEFAULT_LANGUAGE } from '../../domain/language.ts';
import { shortHash } from '../../domain/plan.ts';
import type { Request } from '../../domain/request.ts';
import { type ThreadRef, type UserRef, userLabel } from '../../domain/thread.ts';
import type { RollbackButton, ThreadView } from '../../domain/thread-view.ts';
import type { InboundAction } from '../../ports/chat-platform.ts';
import { isApprover } from '../approvers.ts';
import type { CoreDeps } from '../deps.ts';
import { coreErrorsEn } from '../i18n/core-errors-en.ts';
import { errorMaker } from '../i18n/error-texts.ts';
import { repliesFor } from '../i18n/replies-messages.ts';
import { actorFields } from '../move-request.ts';
import { notice } from '../views/notices.ts';

const fail = errorMaker(coreErrorsEn);

/** The Roll back button: audited, checked, then the rollback is queued for a worker. */
export async function pressRollback(
  deps: CoreDeps,
  action: InboundAction,
  button: RollbackButton,
): Promise<ThreadView[]> {
  const request = await deps.requests.get(button.requestId);
  if (!request) throw fail('not_found', 'noRequestToRollBack', button.requestId);
  await deps.audit.append({
    ...actorFields(action.user),
    action: 'button.rollback',
    requestId: request.id,
    thread: action.thread,
    ...(request.planHash ? { planHash: request.planHash } : {}),
  });
  return requestRollback(deps, request, action.user, button.planHash);
}

/**
 * `rollback [REQUEST]`: the typed Roll back. Without an id it takes the thread's latest create that
 * failed (or was rolled back already, which is then said); it rolls back the plan that was applied.
 */
export async function typedRollback(
  deps: CoreDeps,
  asker: { thread: ThreadRef; user: UserRef },
  requestId: string | undefined,
): Promise<ThreadView[]> {
  const request = requestId
    ? await deps.requests.get(requestId)
    : (await deps.requests.listByThread(asker.thread, 20)).find(
        (r) => r.operation.kind === 'create' && (r.state === 'failed' || r.state === 'rolled_back'),
      );
  if (!request)
    throw requestId
      ? fail('not_found', 'noRequestToRollBack', requestId)
      : fail('not_found', 'noFailedRequestHere');
  await deps.audit.append({
    ...actorFields(asker.user),
    action: 'command.rollback',
    requestId: request.id,
    thread: asker.thread,
    ...(request.planHash ? { planHash: request.planHash } : {}),
  });
  return requestRollback(deps, request, asker.user, request.planHash ? shortHash(request.planHash) : '');
}

/** Queues the rollback of a failed create, for its requester or an approver. */
export async function requestRollback(
  deps: CoreDeps,
  request: Request,
  user: UserRef,
  planHash12: string,
): Promise<ThreadView[]> {
  const say = repliesFor(request.language ?? DEFAULT_LANGUAGE);
  if (request.state === 'rolled_back') return [notice(say.rolledBackAlready(request.id))];
  if (request.operation.kind !== 'create' || request.state !== 'failed') {
    throw fail('invalid_state', 'notRollbackable', request.id, request.state);
  }
  if (!request.planHash || shortHash(request.planHash) !== planHash12) {
    throw fail('stale_plan', 'staleRollbackButton', request.id);
  }
  if (user.id !== request.requester.id && !isApprover(deps.policy, user)) {
    throw fail('forbidden', 'rollbackForbidden', userLabel(request.requester), request.id);
  }
  const queued = await deps.queue.enqueue('lifecycle', { requestId: request.id });
  if (queued.duplicate) return [notice(say.rollbackAskedAlready(request.id), say.rollbackProgressHere)];
  const names = request.operation.vms.map((vm) => vm.name).join(', ');
  return [notice(say.rollingBack(request.id), say.rollingBackRemoves(names), 'pending')];
}
