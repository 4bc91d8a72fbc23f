import { UsageError } from '../../domain/errors.ts';
import { Intent } from '../../domain/intent.ts';
import type { Policy } from '../../domain/policy.ts';
import { TEMPLATES } from './commands.ts';
import { parseApprove, parseReject, parseRollback } from './parse-decision.ts';
import { parseHelp } from './parse-help.ts';
import type { ParseResult } from './parse-result.ts';
import { parseVm } from './parse-vm.ts';
import { readArgs } from './read-args.ts';
import { stripAddress } from './strip-address.ts';
import { type Token, tokenize } from './tokenize.ts';
import { unknownCommand } from './unknown-command.ts';
import { usage } from './usage.ts';
import { extraArguments } from './words.ts';

/**
 * Reads a chat message as an ATLAS command. Never throws: bad input becomes `{ kind: 'error' }` with a
 * message and a hint; text that is not a command at all is `{ kind: 'free-text' }`.
 */
export function parseCommand(text: string, policy: Policy): ParseResult {
  try {
    const intent = interpret(stripAddress(text), policy);
    if (intent === undefined) return { kind: 'free-text' };
    const checked = Intent.safeParse(intent);
    if (checked.success) return { kind: 'intent', intent: checked.data };
    const issue = checked.error.issues[0];
    return error(usage('commandDoesNotFit', `${issue?.path.join('.')}`, `${issue?.message}`));
  } catch (caught) {
    if (caught instanceof UsageError) return error(caught);
    return error(usage('unreadableCommand'));
  }
}

function error(problem: UsageError): ParseResult {
  return { kind: 'error', error: problem };
}

/** Undefined when the text is free text. */
function interpret(body: string, policy: Policy): Intent | undefined {
  const match = /^(\S*)\s*([\s\S]*)$/.exec(body);
  const word = (match?.[1] ?? '').toLowerCase().replace(/[?!.,:]+$/, '');
  const rest = match?.[2] ?? '';
  if (word === '') return { kind: 'help' };
  const asksHelp = helpFlag(word, rest);
  if (asksHelp !== undefined) return asksHelp;
  switch (word) {
    case 'vm':
      return parseVm(rest, policy);
    case 'approve':
      return parseApprove(rest);
    case 'reject':
      return parseReject(rest);
    case 'rollback':
      return parseRollback(rest);
    case 'help':
      return parseHelp(rest);
    case 'templates':
      return parseTemplates(tokenize(rest));
    default: {
      const problem = unknownCommand([word, ...rest.split(/\s+/).filter((w) => w !== '')]);
      if (problem) throw problem;
      return undefined;
    }
  }
}

function parseTemplates(tokens: readonly Token[]): Intent {
  const args = readArgs(tokens, TEMPLATES);
  if (args.positionals.length > 0) throw extraArguments('templates', args.positionals, TEMPLATES);
  return { kind: 'templates' };
}

const HELP_FLAGS = ['--help', '-h', '—help'];

/** `vm create --help`, `approve -h` → help on that command. For reject only right after the word. */
function helpFlag(word: string, rest: string): Intent | undefined {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  if (word === 'vm') {
    const helpAt = words.findIndex((w) => HELP_FLAGS.includes(w.toLowerCase()));
    if (helpAt < 0) return undefined;
    const sub = helpAt === 0 ? undefined : words[0]?.toLowerCase();
    return sub === undefined || sub.startsWith('-')
      ? { kind: 'help', topic: 'vm' }
      : { kind: 'help', topic: `vm ${sub}`.slice(0, 40) };
  }
  const first = words[0]?.toLowerCase();
  if (
    ['approve', 'reject', 'rollback', 'templates'].includes(word) &&
    first !== undefined &&
    HELP_FLAGS.includes(first)
  ) {
    return { kind: 'help', topic: word };
  }
  return undefined;
}
