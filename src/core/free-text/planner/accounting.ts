import type { ThreadRef } from '../../../domain/thread.ts';
import type { ModelTurn } from '../../../ports/agent-model.ts';
import type { CoreDeps } from '../../deps.ts';
import type { FreeTextDeps } from '../free-text-deps.ts';

const TWO_DAYS_MS = 2 * 24 * 3600_000;

/** A team is a chat channel: the budget is shared by everyone who asks there. */
export function teamKey(thread: ThreadRef, now: Date): string {
  return `${thread.platform}:${thread.channel}:${now.toISOString().slice(0, 10)}`;
}

/** Tokens the team has left today; undefined when there is no budget. */
export async function tokensLeft(deps: CoreDeps, free: FreeTextDeps, thread: ThreadRef) {
  const budget = free.settings.teamDailyTokens;
  if (budget === undefined || !free.tokens) return undefined;
  const used = await free.tokens.used(teamKey(thread, deps.clock.now()));
  return { used, budget, left: budget - used };
}

export interface TurnRecord {
  thread: ThreadRef;
  turns: readonly ModelTurn[];
  outcome: string;
  requestId?: string;
  failed?: boolean;
}

/**
 * Accounts for one turn of the agent: each model call in the metrics, the tokens against the team's day,
 * and one audit entry with the model, the tokens and the latency.
 */
export async function recordTurn(deps: CoreDeps, free: FreeTextDeps, record: TurnRecord): Promise<void> {
  const model = record.turns.at(-1)?.model ?? free.model?.model ?? 'unknown';
  for (const turn of record.turns) {
    free.meter?.modelCall({
      model: turn.model,
      outcome: 'ok',
      promptTokens: turn.usage.promptTokens,
      completionTokens: turn.usage.completionTokens,
      latencyMs: turn.latencyMs,
    });
  }
  if (record.failed)
    free.meter?.modelCall({ model, outcome: 'error', promptTokens: 0, completionTokens: 0, latencyMs: 0 });
  const prompt = record.turns.reduce((sum, turn) => sum + turn.usage.promptTokens, 0);
  const completion = record.turns.reduce((sum, turn) => sum + turn.usage.completionTokens, 0);
  const latency = record.turns.reduce((sum, turn) => sum + turn.latencyMs, 0);
  if (free.tokens && prompt + completion > 0)
    await free.tokens.add(teamKey(record.thread, deps.clock.now()), prompt + completion, TWO_DAYS_MS);
  await deps.audit.append({
    actor: 'atlas',
    action: 'agent.turn',
    thread: record.thread,
    ...(record.requestId ? { requestId: record.requestId } : {}),
    detail: `model ${model} · ${record.turns.length} call(s) · ${prompt} prompt + ${completion} completion tokens · ${latency} ms · ${record.outcome}`,
  });
}
