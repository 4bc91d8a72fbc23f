import { type AtlasError, isAtlasError } from '../../../domain/errors.ts';
import type { Request } from '../../../domain/request.ts';
import { type ThreadRef, threadKey } from '../../../domain/thread.ts';
import type { ThreadView } from '../../../domain/thread-view.ts';
import type { AgentModel, ModelTurn } from '../../../ports/agent-model.ts';
import type { InboundMessage } from '../../../ports/chat-platform.ts';
import type { CoreDeps } from '../../deps.ts';
import { messagesFor } from '../../i18n/catalogue.ts';
import type { Language } from '../../i18n/language.ts';
import { REVISABLE } from '../../revise-request.ts';
import type { FreeTextDeps } from '../free-text-deps.ts';
import { warningView } from '../free-text-views.ts';
import { ruleAnswer } from '../rule-answer.ts';
import { recordTurn, tokensLeft } from './accounting.ts';
import { compactMemory } from './compact-memory.ts';
import type { PlannerContext, PlannerResult } from './planner-context.ts';
import { runPlanner } from './planner-loop.ts';
import { plannerPrompt } from './planner-prompt.ts';
import { freshState, loadThreadState, type ThreadState } from './thread-state.ts';

/** One message at a time per thread: a turn can take the model many seconds. */
const TURN_LOCK_MS = 5 * 60_000;

/** The requests of this person in this thread that a follow-up may still change. */
async function pendingRequests(deps: CoreDeps, message: InboundMessage): Promise<Request[]> {
  const conversation = await deps.conversations.get(message.thread);
  const requests = await Promise.all(
    (conversation?.requestIds ?? []).slice(0, 5).map((id) => deps.requests.get(id)),
  );
  return requests.filter(
    (r): r is Request => r !== undefined && r.requester.id === message.user.id && REVISABLE.includes(r.state),
  );
}

/**
 * Free text through the agent: the thread's memory, the team's token budget, one planner turn, and the
 * accounting. When the model cannot answer (down, slow, refusing, over budget), the rule-based
 * interpreter answers instead, with a note saying why.
 */
export async function converse(
  deps: CoreDeps,
  free: FreeTextDeps & { model: AgentModel },
  message: InboundMessage,
  language: Language,
): Promise<ThreadView[]> {
  const lock = `agent-turn:${threadKey(message.thread)}`;
  if (!(await deps.claims.claim(lock, TURN_LOCK_MS))) return [warningView(messagesFor(language).busy)];
  try {
    const budget = await tokensLeft(deps, free, message.thread);
    if (budget && budget.left <= 0) {
      const note = messagesFor(language).budgetSpent(budget.used, budget.budget);
      return await ruleAnswer(deps, message, language, { kind: 'unavailable', note });
    }
    const state = (await loadThreadState(free.memory, message.thread)) ?? freshState(language);
    return await planTurn(deps, free, message, language, state);
  } finally {
    await deps.claims.release(lock);
  }
}

async function planTurn(
  deps: CoreDeps,
  free: FreeTextDeps & { model: AgentModel },
  message: InboundMessage,
  language: Language,
  state: ThreadState,
): Promise<ThreadView[]> {
  const turns: ModelTurn[] = [];
  const said = { role: 'user' as const, content: free.sanitize(message.text) };
  const messages = [...state.messages, said];
  const context: PlannerContext = {
    deps,
    model: free.model,
    settings: free.settings,
    sanitize: free.sanitize,
    asker: { thread: message.thread, user: message.user, language },
    language,
    system: plannerPrompt({
      policy: deps.policy,
      language,
      pending: await pendingRequests(deps, message),
      summary: state.summary,
    }),
    turns,
  };
  let result: PlannerResult;
  try {
    result = await runPlanner(context, messages);
  } catch (error) {
    if (!isAtlasError(error)) throw error;
    // The person's words stay in the thread's memory; the half-finished turn does not.
    await remember(free, message.thread, { ...state, language, messages: [...state.messages, said] });
    return modelFailed(deps, free, message, language, turns, error);
  }
  await remember(free, message.thread, { ...state, language, messages });
  await recordTurn(deps, free, {
    thread: message.thread,
    turns,
    outcome: result.requestId ? `${result.outcome} ${result.requestId}` : result.outcome,
    ...(result.requestId ? { requestId: result.requestId } : {}),
  });
  return result.views;
}

/** The model could not answer: logged, accounted, and the rules read the message instead. */
async function modelFailed(
  deps: CoreDeps,
  free: FreeTextDeps,
  message: InboundMessage,
  language: Language,
  turns: readonly ModelTurn[],
  error: AtlasError,
): Promise<ThreadView[]> {
  deps.logger.warn({ err: error, thread: threadKey(message.thread) }, 'the language model could not answer');
  await recordTurn(deps, free, {
    thread: message.thread,
    turns,
    outcome: `model error: ${error.code}`,
    failed: true,
  });
  return ruleAnswer(deps, message, language, { kind: 'unavailable', note: messagesFor(language).modelDown });
}

async function remember(free: FreeTextDeps, thread: ThreadRef, state: ThreadState): Promise<void> {
  await free.memory?.write(thread, compactMemory(state, free.settings.memoryTokens));
}
