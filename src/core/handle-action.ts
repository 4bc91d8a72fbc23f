import { isAtlasError } from '../domain/errors.ts';
import { DEFAULT_LANGUAGE, type Language } from '../domain/language.ts';
import {
  type ButtonAction,
  type DecisionButton,
  decodeAction,
  type RunButton,
  type ThreadView,
} from '../domain/thread-view.ts';
import type { InboundAction } from '../ports/chat-platform.ts';
import { approve } from './approve.ts';
import { pressRollback } from './configure/press-rollback.ts';
import type { CoreDeps } from './deps.ts';
import { findRequest } from './find-request.ts';
import { parseCommand } from './grammar/parse-command.ts';
import { answerMessage, once } from './handle-message.ts';
import { coreErrorsEn } from './i18n/core-errors-en.ts';
import { usageMaker } from './i18n/error-texts.ts';
import { actorFields } from './move-request.ts';
import { reject } from './reject.ts';
import { threadLanguage } from './thread-language.ts';
import { errorView } from './views/notices.ts';

const usage = usageMaker(coreErrorsEn);

/** A button press: de-duplicated, audited, then the same approve/reject (or typed command) as typing it. */
export function handleAction(deps: CoreDeps, action: InboundAction): Promise<ThreadView[]> {
  return once(deps, action.eventId, () => answerAction(deps, action), true);
}

async function answerAction(deps: CoreDeps, action: InboundAction): Promise<ThreadView[]> {
  let language: Language = DEFAULT_LANGUAGE;
  try {
    const button = decodeAction(action.value);
    language = await buttonLanguage(deps, action, button);
    if (button?.action === 'run') return await runCommand(deps, action, button);
    if (button?.action === 'rollback') return await pressRollback(deps, action, button);
    if (button?.action === 'approve' || button?.action === 'reject')
      return await decide(deps, action, button);
    throw usage('unknownButton');
  } catch (error) {
    if (!isAtlasError(error))
      deps.logger.error({ err: error, eventId: action.eventId }, 'handling a button press failed');
    return [errorView(error, language)];
  }
}

/** What a button's replies are in: its request's language when it names one, else the thread's. */
async function buttonLanguage(
  deps: CoreDeps,
  action: InboundAction,
  button: ButtonAction | undefined,
): Promise<Language> {
  const request = button && 'requestId' in button ? await deps.requests.get(button.requestId) : undefined;
  if (request) return request.language ?? DEFAULT_LANGUAGE;
  return threadLanguage(deps, action.thread);
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
  if (!command) throw usage('runButtonExpired');
  const parsed = parseCommand(command, deps.policy);
  if (parsed.kind === 'intent' && (parsed.intent.kind === 'approve' || parsed.intent.kind === 'reject'))
    throw usage('runButtonDecides');
  await deps.audit.append({
    ...actorFields(action.user),
    action: 'button.run',
    thread: action.thread,
    detail: command.slice(0, 500),
  });
  return answerMessage(deps, {
    eventId: `run:${action.eventId}`,
    thread: action.thread,
    user: action.user,
    text: command,
  });
}
