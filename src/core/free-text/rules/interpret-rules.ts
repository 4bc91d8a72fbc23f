import type { Intent } from '../../../domain/intent.ts';
import { formatCommand } from '../../grammar/format-command.ts';
import { parseCommand } from '../../grammar/parse-command.ts';
import { stripAddress } from '../../grammar/strip-address.ts';
import { type CreateContext, createCommand } from './create-command.ts';
import { DECISION_WORDS } from './rule-words.ts';
import { simpleCommand } from './simple-command.ts';
import { Words } from './words.ts';

/** What the cluster looks like, as far as the interpreter needs: names only. */
export type RuleContext = CreateContext;

export type RuleReading = { kind: 'command'; command: string; intent: Intent } | { kind: 'unknown' };

const UNKNOWN: RuleReading = { kind: 'unknown' };

/**
 * The small rule-based interpreter for when no language model is there: common English and Italian
 * phrasings become one typed command. It reads every word or declines, so it may say "unknown" but never
 * means something the person did not say. It never reads approvals or rejections.
 */
export function interpretRules(text: string, context: RuleContext): RuleReading {
  const body = stripAddress(text);
  if (body === '' || body.length > 500 || new Words(body).has(DECISION_WORDS)) return UNKNOWN;
  for (const read of [
    (words: Words) => simpleCommand(words, context.vms),
    (words: Words) => createCommand(words, context),
  ]) {
    const words = new Words(body);
    const line = read(words);
    if (line === undefined || words.leftover().length > 0) continue;
    const parsed = parseCommand(line, context.policy);
    if (parsed.kind !== 'intent') return UNKNOWN;
    return { kind: 'command', command: formatCommand(parsed.intent), intent: parsed.intent };
  }
  return UNKNOWN;
}
