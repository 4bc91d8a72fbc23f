import type { ToolCall } from '../../../ports/agent-model.ts';
import { messagesFor } from '../../i18n/catalogue.ts';
import { answerView, warningView } from '../free-text-views.ts';
import { parseToolCall } from './parse-tool-call.ts';
import type { PlannerContext, PlannerResult, TurnCounters } from './planner-context.ts';
import { toolDefinitions } from './planner-tools.ts';
import { runCall } from './run-call.ts';
import { type StoredMessage, toModelMessages } from './thread-state.ts';

const UNUSABLE =
  'Your last answer could not be used (see the tool results). Answer again with a valid tool call, or write to the person.';

/**
 * One turn of the agent: the model looks, asks or proposes, ATLAS checks every call, and findings go
 * back until a proposal passes, a question is asked, or the limits are reached. `messages` grows with
 * every message of the turn, so the caller can remember them.
 */
export async function runPlanner(ctx: PlannerContext, messages: StoredMessage[]): Promise<PlannerResult> {
  const tools = toolDefinitions();
  const counters: TurnCounters = { malformed: 0, rounds: 0 };
  const say = messagesFor(ctx.language);
  for (let step = 0; step < ctx.settings.maxSteps; step += 1) {
    const turn = await ctx.model.complete({
      messages: [{ role: 'system', content: ctx.system }, ...toModelMessages(messages)],
      tools,
    });
    ctx.turns.push(turn);
    const content = turn.content?.trim() ? ctx.sanitize(turn.content.trim()) : undefined;
    const calls = turn.toolCalls.map((call, index) => ({ ...call, id: call.id || `call-${step}-${index}` }));
    messages.push({
      role: 'assistant',
      ...(content ? { content } : {}),
      ...(calls.length > 0 ? { toolCalls: calls } : {}),
    });
    if (calls.length === 0 && content)
      return { views: [answerView(ctx.language, content)], outcome: 'answered' };
    const final = calls.length > 0 ? await runCalls(ctx, calls, messages, counters) : undefined;
    if (final) return final;
    if (calls.length === 0) counters.malformed += 1;
    if (counters.malformed > 1)
      return { views: [warningView(say.malformedTitle, say.malformedText)], outcome: 'malformed' };
    if (calls.length === 0) messages.push({ role: 'system', content: UNUSABLE });
  }
  return { views: [warningView(say.stepsTitle, say.stepsText)], outcome: 'steps' };
}

/** Answers every call of one model message in order; the first call that answers the person ends the turn. */
async function runCalls(
  ctx: PlannerContext,
  calls: readonly ToolCall[],
  messages: StoredMessage[],
  counters: TurnCounters,
): Promise<PlannerResult | undefined> {
  let final: PlannerResult | undefined;
  let unusable = false;
  const reply = (id: string, result: unknown) =>
    messages.push({
      role: 'tool',
      toolCallId: id,
      content: ctx.sanitize(JSON.stringify(result)).slice(0, 12_000),
    });
  for (const call of calls) {
    if (final) {
      reply(call.id, { skipped: 'The person has been answered already.' });
      continue;
    }
    const parsed = parseToolCall(call);
    if (!parsed.ok) {
      unusable = true;
      reply(call.id, { error: parsed.problem });
      continue;
    }
    const outcome = await runCall(ctx, parsed.call, counters);
    reply(call.id, outcome.result);
    final = outcome.final;
  }
  if (unusable && !final) counters.malformed += 1;
  return final;
}
