import { isAtlasError, UsageError } from '../domain/errors.ts';
import { type DecisionButton, decodeAction, type RunButton, type ThreadView } from '../domain/thread-view.ts';
import type { InboundAction } from '../ports/chat-platform.ts';
import { approve } from './approve.ts';
import { pressRollback } from './configure/press-rollback.ts';
import type { CoreDeps } from './deps.ts';
import { findRequest } from './find-request.ts';
import { parseCommand } from './grammar/parse-command.ts';
import { handleMessage } from './handle-message.ts';
import { actorFields } from './move-request.ts';
import { reject } from './reject.ts';
import { errorView } from './views/notices.ts';

const EVENT_TTL_MS = 24 * 3600_000;

/** A button press: de-duplicated, audited, then the same approve/reject (or typed command) as typing it. */
export async function handleAction(deps: CoreDeps, action: InboundAction): Promise<ThreadView[]> {
  if (!(await deps.claims.claim(`event:${action.eventId}`, EVENT_TTL_MS))) return [];
  try {
    const button = decodeAction(action.value);
    if (button?.action === 'run') return await runCommand(deps, action, button);
    if (button?.action === 'rollback') return await pressRollback(deps, action, button);
    if (button?.action === 'approve' || button?.action === 'reject')
      return await decide(deps, action, button);
    throw new UsageError(
      'That button is not one ATLAS knows.',
      'Use the buttons on the latest plan card, or type /atlas approve R-XXXX.',
    );
  } catch (error) {
    if (!isAtlasError(error))
      deps.logger.error({ err: error, eventId: action.eventId }, 'handling a button press failed');
    return [errorView(error)];
  }
}

async function decide(deps: CoreDeps, action: InboundAction, button: DecisionButton): Promise<ThreadView[]> {
  const request = await findRequest(deps, action.thread, button.requestId, button.action);
  await deps.audit.append({
    ...actorFields(action.user),
    action: `button.${button.action}`,
    requestId: request.id,
    thread: action.thread,
    planHash: button.planHash,
  });
  const decision = { request, user: action.user, planHash: button.planHash };
  if (button.action === 'approve') return await approve(deps, decision);
  return await reject(deps, { ...decision, ...(action.reason ? { reason: action.reason } : {}) });
}

/**
 * A Run button: the typed command ATLAS offered for free text, run as if the presser typed it. Only
 * commands ATLAS stored itself can run; approvals and rejections are never among them.
 */
async function runCommand(deps: CoreDeps, action: InboundAction, button: RunButton): Promise<ThreadView[]> {
  const command = await deps.freeText?.commands?.load(button.id);
  if (!command)
    throw new UsageError(
      'That Run button has expired.',
      'Type the command shown above it instead, or ask again.',
    );
  const parsed = parseCommand(command, deps.policy);
  if (parsed.kind === 'intent' && (parsed.intent.kind === 'approve' || parsed.intent.kind === 'reject'))
    throw new UsageError('A Run button cannot approve or reject.', 'Use the buttons on the plan card.');
  await deps.audit.append({
    ...actorFields(action.user),
    action: 'button.run',
    thread: action.thread,
    detail: command.slice(0, 500),
  });
  return handleMessage(deps, {
    eventId: `run:${action.eventId}`,
    thread: action.thread,
    user: action.user,
    text: command,
  });
}
