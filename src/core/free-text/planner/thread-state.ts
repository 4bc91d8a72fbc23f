import { z } from 'zod';
import type { ThreadRef } from '../../../domain/thread.ts';
import type { ModelMessage } from '../../../ports/agent-model.ts';
import type { ThreadMemory } from '../../../ports/thread-memory.ts';
import { LANGUAGES, type Language } from '../../i18n/language.ts';

const ToolCall = z.object({ id: z.string().max(200), name: z.string().max(100), arguments: z.string() });

/** One message of the conversation as the model saw it (system prompts are rebuilt every turn). */
export const StoredMessage = z.discriminatedUnion('role', [
  z.object({ role: z.literal('user'), content: z.string() }),
  z.object({
    role: z.literal('assistant'),
    content: z.string().optional(),
    toolCalls: z.array(ToolCall).optional(),
  }),
  z.object({ role: z.literal('tool'), toolCallId: z.string().max(200), content: z.string() }),
  z.object({ role: z.literal('system'), content: z.string() }),
]);
export type StoredMessage = z.infer<typeof StoredMessage>;

/** What the agent remembers of a thread: its language, a summary of old turns, the recent messages. */
export const ThreadState = z.object({
  version: z.literal(1),
  language: z.enum(LANGUAGES),
  summary: z.array(z.string().max(400)).max(100),
  messages: z.array(StoredMessage).max(500),
});
export type ThreadState = z.infer<typeof ThreadState>;

export function freshState(language: Language): ThreadState {
  return { version: 1, language, summary: [], messages: [] };
}

/** The thread's state, or a fresh one when there is none (or it is from an older ATLAS and unreadable). */
export async function loadThreadState(
  memory: ThreadMemory | undefined,
  thread: ThreadRef,
): Promise<ThreadState | undefined> {
  if (!memory) return undefined;
  const parsed = ThreadState.safeParse(await memory.read(thread));
  return parsed.success ? parsed.data : undefined;
}

/** Stored messages are model messages; the conversion only drops what the port does not need. */
export function toModelMessages(messages: readonly StoredMessage[]): ModelMessage[] {
  return messages.map((message) => ({ ...message }));
}
