import type { UsageError } from '../../domain/errors.ts';
import type { CommandSpec } from './commands.ts';
import { echo } from './echo.ts';
import { nearest } from './edit-distance.ts';
import { usage } from './usage.ts';

/** The nearest option of the command: a typo (`--memroy`) or an unambiguous start (`--mem`). */
export function suggestFlag(typed: string, command: CommandSpec): string | undefined {
  const name = typed.replace(/^-+/, '').toLowerCase();
  const names = command.flags.map((f) => f.name);
  const starts = name.length >= 3 ? names.filter((n) => n.startsWith(name)) : [];
  if (starts.length === 1) return starts[0];
  return nearest(name, names, name.length <= 3 ? 1 : 2);
}

/** `--memroy: unknown option for vm create.` with the nearest option, or the list of options. */
export function unknownFlagError(
  typed: string,
  command: CommandSpec,
  name: string = command.name,
): UsageError {
  if (command.flags.length === 0) {
    return usage('noOptions', name, echo(typed), command.usage, command.examples[0] ?? '');
  }
  const suggestion = suggestFlag(typed, command);
  if (suggestion) return usage('unknownOptionDidYouMean', echo(typed), name, suggestion);
  const all = command.flags.map((f) => `--${f.name}`).join(', ');
  return usage(
    command.flags.length === 1 ? 'unknownOptionOnly' : 'unknownOptionList',
    echo(typed),
    name,
    all,
  );
}
