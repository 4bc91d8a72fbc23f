import { parseCommand } from '../../core/grammar/parse-command.ts';
import type { Policy } from '../../domain/policy.ts';

const PRIVATE_INTENTS = new Set(['help', 'approve', 'reject']);

/**
 * Whether a slash command is answered to the person only, without starting a thread: help, usage errors
 * and text that is no command, and approve/reject (they act on a request that has its thread already).
 */
export function answersPrivately(text: string, policy: Policy): boolean {
  const parsed = parseCommand(text, policy);
  return parsed.kind !== 'intent' || PRIVATE_INTENTS.has(parsed.intent.kind);
}
