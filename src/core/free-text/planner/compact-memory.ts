import type { StoredMessage, ThreadState } from './thread-state.ts';

const LINE = 200;
const MAX_SUMMARY_LINES = 40;

/** About four characters a token: good enough to keep a budget, and the same for every model. */
export function estimateTokens(messages: readonly StoredMessage[]): number {
  return messages.reduce((sum, message) => sum + Math.ceil(JSON.stringify(message).length / 4), 0);
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > LINE ? `${flat.slice(0, LINE - 1)}…` : flat;
}

/** One exchange (a person's message and everything that answered it) as a few short lines. */
function summarise(exchange: readonly StoredMessage[]): string[] {
  return exchange.flatMap((message): string[] => {
    if (message.role === 'user') return [`person: ${cut(message.content)}`];
    if (message.role === 'assistant') {
      const calls = (message.toolCalls ?? [])
        .filter((call) => !call.name.startsWith('list_') && call.name !== 'get_vm')
        .map((call) => `ATLAS ${call.name}: ${cut(call.arguments)}`);
      return [...(message.content ? [`ATLAS: ${cut(message.content)}`] : []), ...calls];
    }
    if (message.role === 'tool' && /^\{"(accepted|findings)"/.test(message.content))
      return [`result: ${cut(message.content)}`];
    return [];
  });
}

/** Where each exchange starts: at every message from the person. */
function exchangeStarts(messages: readonly StoredMessage[]): number[] {
  return messages.flatMap((message, index) => (message.role === 'user' ? [index] : []));
}

/**
 * Keeps the conversation within `budget` tokens: the oldest exchanges are folded into summary lines
 * (whole exchanges, so every tool call keeps its result), and the summary keeps its newest lines.
 */
export function compactMemory(state: ThreadState, budget: number): ThreadState {
  let messages = state.messages;
  let summary = state.summary;
  while (estimateTokens(messages) > budget) {
    const [, next] = exchangeStarts(messages);
    if (next === undefined) break;
    summary = [...summary, ...summarise(messages.slice(0, next))];
    messages = messages.slice(next);
  }
  return { ...state, messages, summary: summary.slice(-MAX_SUMMARY_LINES) };
}
