import { DEFAULT_LANGUAGE } from '../domain/language.ts';
import { userLabel } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import { checkDecider, type Decide } from './approve.ts';
import type { CoreDeps } from './deps.ts';
import { repliesFor } from './i18n/replies-messages.ts';
import { moveRequest } from './move-request.ts';
import { notice } from './views/notices.ts';

/** Approvers (and the requester, withdrawing) may reject; the reason is kept with the request. */
export async function reject(deps: CoreDeps, decide: Decide & { reason?: string }): Promise<ThreadView[]> {
  const { request, user } = decide;
  checkDecider(deps, decide, 'reject');
  const say = repliesFor(request.language ?? DEFAULT_LANGUAGE);
  const reason = decide.reason?.trim() || say.noReasonGiven;
  const moved = await moveRequest(deps, request, {
    to: 'rejected',
    actor: user,
    patch: { reason },
    detail: `rejected by ${userLabel(user)}: ${reason}`,
  });
  return moved ? [] : [notice(say.decidedElsewhere(request.id))];
}
