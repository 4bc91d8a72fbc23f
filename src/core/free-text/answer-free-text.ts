import type { Language } from '../../domain/language.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import type { InboundMessage } from '../../ports/chat-platform.ts';
import type { CoreDeps } from '../deps.ts';
import { converse } from './planner/converse.ts';
import { ruleAnswer } from './rule-answer.ts';

/**
 * Free text (anything that is not a command): the agent when a model is configured, otherwise the
 * rule-based interpreter. Either way the answer is in the language of the message.
 */
export async function answerFreeText(
  deps: CoreDeps,
  message: InboundMessage,
  language: Language,
): Promise<ThreadView[]> {
  const free = deps.freeText;
  if (!free?.model) return ruleAnswer(deps, message, language, { kind: 'no-model' });
  return converse(deps, { ...free, model: free.model }, message, language);
}
