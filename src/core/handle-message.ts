import { isAtlasError } from '../domain/errors.ts';
import type { Intent } from '../domain/intent.ts';
import { DEFAULT_LANGUAGE, type Language } from '../domain/language.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { InboundMessage } from '../ports/chat-platform.ts';
import { approve } from './approve.ts';
import { typedRollback } from './configure/press-rollback.ts';
import type { CoreDeps } from './deps.ts';
import { findRequest } from './find-request.ts';
import { answerFreeText } from './free-text/answer-free-text.ts';
import { helpText } from './grammar/help-text.ts';
import { parseCommand } from './grammar/parse-command.ts';
import { actorFields } from './move-request.ts';
import { listTemplates, listVms, vmStatus } from './query-vms.ts';
import { reject } from './reject.ts';
import { requestCreate, requestDestroy, requestPower } from './request-vm.ts';
import { messageLanguage } from './thread-language.ts';
import { errorView } from './views/notices.ts';

const EVENT_TTL_MS = 24 * 3600_000;

/** One inbound message: de-duplicated, interpreted, acted on; always answered, and the time it took told. */
export function handleMessage(deps: CoreDeps, message: InboundMessage): Promise<ThreadView[]> {
  // The thread's language is looked up while the event is claimed: one round trip less per message.
  const lookup = deps.conversations.language(message.thread).catch(() => undefined);
  return once(deps, message.eventId, () => answerClaimed(deps, message, lookup), true);
}

/** handleMessage without the timing, for a message that is part of a bigger answer (a Run button). */
export function answerMessage(deps: CoreDeps, message: InboundMessage): Promise<ThreadView[]> {
  const lookup = deps.conversations.language(message.thread).catch(() => undefined);
  return once(deps, message.eventId, () => answerClaimed(deps, message, lookup), false);
}

/**
 * Answers an event once (a re-delivered event gets nothing) and, when `timed`, tells `deps.onReplied`
 * how many seconds the answer took, whatever its outcome.
 */
export async function once(
  deps: CoreDeps,
  eventId: string,
  answer: () => Promise<ThreadView[]>,
  timed: boolean,
): Promise<ThreadView[]> {
  const started = deps.clock.now().getTime();
  if (!(await deps.claims.claim(`event:${eventId}`, EVENT_TTL_MS))) return [];
  try {
    return await answer();
  } finally {
    if (timed) deps.onReplied?.((deps.clock.now().getTime() - started) / 1000);
  }
}

async function answerClaimed(
  deps: CoreDeps,
  message: InboundMessage,
  lookup: Promise<Language | undefined>,
): Promise<ThreadView[]> {
  let language: Language = deps.language ?? DEFAULT_LANGUAGE;
  try {
    const parsed = parseCommand(message.text, deps.policy);
    language = await messageLanguage(deps, message, parsed.kind === 'free-text', lookup);
    if (parsed.kind === 'error') return [errorView(parsed.error, language)];
    if (parsed.kind === 'free-text') return await answerFreeText(deps, message, language);
    return await dispatch(deps, message, parsed.intent, language);
  } catch (error) {
    if (!isAtlasError(error))
      deps.logger.error({ err: error, eventId: message.eventId }, 'handling a message failed');
    return [errorView(error, language)];
  }
}

async function dispatch(
  deps: CoreDeps,
  message: InboundMessage,
  intent: Intent,
  language: Language,
): Promise<ThreadView[]> {
  const asker = { thread: message.thread, user: message.user, language };
  switch (intent.kind) {
    case 'vm.create':
      return requestCreate(deps, asker, intent.vms);
    case 'vm.destroy':
      return requestDestroy(deps, asker, intent.name);
    case 'vm.power':
      return requestPower(deps, asker, intent.name, intent.action);
    case 'vm.list':
      return [await listVms(deps, message.user, intent.mine, language)];
    case 'vm.status':
      return [await vmStatus(deps, intent.name, language)];
    case 'templates':
      return [await listTemplates(deps, language)];
    case 'help': {
      const help = helpText(intent.topic, deps.policy, language);
      return [{ kind: 'help', tone: 'neutral', title: help.title, text: help.text, visibility: 'ephemeral' }];
    }
    case 'approve': {
      const request = await findRequest(deps, message.thread, intent.requestId, 'approve');
      await deps.audit.append({
        ...actorFields(message.user),
        action: 'command.approve',
        requestId: request.id,
        thread: message.thread,
      });
      return approve(deps, { request, user: message.user });
    }
    case 'rollback':
      return typedRollback(deps, asker, intent.requestId);
    case 'reject': {
      const request = await findRequest(deps, message.thread, intent.requestId, 'reject');
      await deps.audit.append({
        ...actorFields(message.user),
        action: 'command.reject',
        requestId: request.id,
        thread: message.thread,
      });
      return reject(deps, {
        request,
        user: message.user,
        ...(intent.reason ? { reason: intent.reason } : {}),
      });
    }
  }
}
