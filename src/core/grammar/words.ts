import type { UsageError } from '../../domain/errors.ts';
import { type CommandSpec, shortUsage } from './commands.ts';
import { echo } from './echo.ts';
import { usage } from './usage.ts';

/** The single NAME a command takes: missing → usage with an example; more than one → says what to do. */
export function onlyName(positionals: readonly string[], command: CommandSpec, path: string): string {
  const [name, ...extra] = positionals;
  if (name === undefined) throw usage('needsName', path, shortUsage(command), command.examples[0] ?? '');
  if (extra.length > 0) throw extraArguments(path, extra, command);
  return name;
}

/** Words a command does not take. A word that is an option name without dashes gets the option suggested. */
export function extraArguments(path: string, extra: readonly string[], command: CommandSpec): UsageError {
  const [first, second] = extra;
  const asFlag = command.flags.find((f) => f.name === first?.toLowerCase());
  const words = extra.map((word) => echo(word, 30)).join(' ');
  if (asFlag) {
    const value = asFlag.takesValue ? ` ${second ?? asFlag.example}` : '';
    return usage('unexpectedOption', path, words, `--${asFlag.name}${value}`);
  }
  const line = shortUsage(command);
  if (path === 'vm create') return usage('unexpectedCreateWords', path, words, line);
  const takesName = command.usage.includes('NAME');
  return usage(takesName ? 'unexpectedNameWords' : 'unexpectedWords', path, words, line);
}
