import { isAtlasError, UsageError } from '../domain/errors.ts';
import { decodeButton, type ThreadView } from '../domain/thread-view.ts';
import type { InboundAction } from '../ports/chat-platform.ts';
import { approve } from './approve.ts';
import type { CoreDeps } from './deps.ts';
import { findRequest } from './find-request.ts';
import { actorFields } from './move-request.ts';
import { reject } from './reject.ts';
import { errorView } from './views/notices.ts';

const EVENT_TTL_MS = 24 * 3600_000;

/** A button press: de-duplicated, audited, then the same approve/reject as the typed commands. */
export async function handleAction(deps: CoreDeps, action: InboundAction): Promise<ThreadView[]> {
  if (!(await deps.claims.claim(`event:${action.eventId}`, EVENT_TTL_MS))) return [];
  try {
    const button = decodeButton(action.value);
    if (!button)
      throw new UsageError(
        'That button is not one ATLAS knows.',
        'Use the buttons on the latest plan card, or type /atlas approve R-XXXX.',
      );
    const request = await findRequest(deps, action.thread, button.requestId, button.action);
    await deps.audit.append({
      ...actorFields(action.user),
      action: `button.${button.action}`,
      requestId: request.id,
      thread: action.thread,
      planHash: button.planHash,
    });
    const decide = { request, user: action.user, planHash: button.planHash };
    if (button.action === 'approve') return await approve(deps, decide);
    return await reject(deps, { ...decide, ...(action.reason ? { reason: action.reason } : {}) });
  } catch (error) {
    if (!isAtlasError(error))
      deps.logger.error({ err: error, eventId: action.eventId }, 'handling a button press failed');
    return [errorView(error)];
  }
}
