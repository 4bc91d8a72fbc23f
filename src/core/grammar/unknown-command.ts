import type { UsageError } from '../../domain/errors.ts';
import { COMMAND_WORDS, VM_SUBCOMMANDS, type VmSubcommand } from './commands.ts';
import { echo } from './echo.ts';
import { editDistance } from './edit-distance.ts';
import { usage } from './usage.ts';

/** Synonyms that are never everyday words, so `delete web-01` is worth a hint. */
const TOP_LEVEL_SYNONYMS: Readonly<Record<string, VmSubcommand>> = {
  delete: 'destroy',
  remove: 'destroy',
  rm: 'destroy',
  ls: 'list',
  restart: 'reboot',
  shutdown: 'stop',
};

/** How many typos a command word of this length may carry and still be recognised. */
function allowedTypos(word: string): number {
  return word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2;
}

/** Short, or with options or a request id: typed as a command, not written as a sentence. */
/** Short, or carrying a flag or an `R-` request id: a command someone mistyped, not a sentence. */
function looksTyped(words: readonly string[]): boolean {
  return words.length <= 3 || words.some((w) => w.startsWith('--') || /^R-/i.test(w));
}

function commandTypo(words: readonly string[]): string | undefined {
  const [first = '', second = ''] = words;
  const vmFollows = (VM_SUBCOMMANDS as readonly string[]).includes(second.toLowerCase());
  const lower = first.toLowerCase();
  return COMMAND_WORDS.find((command) => {
    const allowed = command === 'vm' && vmFollows ? 1 : allowedTypos(command);
    const distance = editDistance(lower, command);
    return distance > 0 && distance <= allowed && distance < lower.length;
  });
}

function missingVm(word: string): VmSubcommand | undefined {
  const lower = word.toLowerCase();
  if ((VM_SUBCOMMANDS as readonly string[]).includes(lower)) return lower as VmSubcommand;
  return Object.hasOwn(TOP_LEVEL_SYNONYMS, lower) ? TOP_LEVEL_SYNONYMS[lower] : undefined;
}

/**
 * For a first word that is no command: a UsageError when it is one typed wrong (`aprove`, `vn list`)
 * or a vm command without `vm` (`create web-01 --cores 2`); undefined when it is free text.
 */
export function unknownCommand(words: readonly string[]): UsageError | undefined {
  const first = words[0] ?? '';
  if (!looksTyped(words)) return undefined;
  const typo = commandTypo(words);
  if (typo !== undefined) {
    const meant = typo === 'vm' ? `vm ${(words[1] ?? '').toLowerCase()}` : typo;
    return usage('unknownCommandTypo', echo(first), meant);
  }
  const sub = missingVm(first);
  if (sub !== undefined) {
    const name = words[1] !== undefined && !words[1].startsWith('-') ? ` ${echo(words[1])}` : '';
    return usage('unknownCommandNoVm', echo(first), `vm ${sub}${name}`);
  }
  return undefined;
}
