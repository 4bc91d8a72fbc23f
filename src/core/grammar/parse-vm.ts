import type { UsageError } from '../../domain/errors.ts';
import type { Intent } from '../../domain/intent.ts';
import type { Policy } from '../../domain/policy.ts';
import { commandFor, VM_LIST, VM_SUBCOMMANDS, VM_SYNONYMS, type VmSubcommand } from './commands.ts';
import { echo } from './echo.ts';
import { nearest } from './edit-distance.ts';
import { parseCreate } from './parse-create.ts';
import { readArgs } from './read-args.ts';
import { type Token, tokenize } from './tokenize.ts';
import { usage } from './usage.ts';
import { checkVmName } from './vm-names.ts';
import { extraArguments, onlyName } from './words.ts';

const ALL = VM_SUBCOMMANDS.join(', ');

/** `vm SUBCOMMAND ...`: `rest` is the raw text after `vm`. The subcommand is checked before quotes are read. */
export function parseVm(rest: string, policy: Policy): Intent {
  const [, head = '', tail = ''] = /^(\S*)\s*([\s\S]*)$/.exec(rest) ?? [];
  if (head === '') {
    throw usage('vmNeedsCommand', ALL);
  }
  const sub = head.toLowerCase() as VmSubcommand;
  if (!VM_SUBCOMMANDS.includes(sub)) throw unknownSubcommand(head);
  const tokens = tokenize(tail);
  if (sub === 'create') return parseCreate(tokens, policy);
  if (sub === 'list') return parseList(tokens);
  const command = commandFor(`vm ${sub}`);
  if (!command) throw unknownSubcommand(head);
  const name = checkVmName(
    onlyName(readArgs(tokens, command, `vm ${sub}`).positionals, command, `vm ${sub}`),
  );
  if (sub === 'status') return { kind: 'vm.status', name };
  if (sub === 'destroy') return { kind: 'vm.destroy', name };
  return { kind: 'vm.power', action: sub, name };
}

function parseList(tokens: readonly Token[]): Intent {
  const args = readArgs(tokens, VM_LIST);
  if (args.positionals.length > 0) throw extraArguments('vm list', args.positionals, VM_LIST);
  return { kind: 'vm.list', mine: args.values.has('mine') };
}

/** The vm command a word most likely meant: a synonym (`delete` → destroy) or a typo (`crate` → create). */
export function suggestSubcommand(word: string): VmSubcommand | undefined {
  const lower = word.toLowerCase();
  if (Object.hasOwn(VM_SYNONYMS, lower)) return VM_SYNONYMS[lower];
  return nearest(lower, VM_SUBCOMMANDS, 2) as VmSubcommand | undefined;
}

function unknownSubcommand(word: string): UsageError {
  const suggestion = suggestSubcommand(word);
  return suggestion
    ? usage('unknownVmCommandDidYouMean', echo(word), suggestion)
    : usage('unknownVmCommand', echo(word), ALL);
}
