import { UsageError } from '../../domain/errors.ts';
import { type CommandSpec, shortUsage } from './commands.ts';
import { echo } from './echo.ts';

/** The single NAME a command takes: missing → usage with an example; more than one → says what to do. */
export function onlyName(positionals: readonly string[], command: CommandSpec, path: string): string {
  const [name, ...extra] = positionals;
  if (name === undefined) {
    throw new UsageError(
      `${path} needs a name.`,
      `Usage: /atlas ${shortUsage(command)}. For example: /atlas ${command.examples[0]}`,
    );
  }
  if (extra.length > 0) throw extraArguments(path, extra, command);
  return name;
}

/** Words a command does not take. A word that is an option name without dashes gets the option suggested. */
export function extraArguments(path: string, extra: readonly string[], command: CommandSpec): UsageError {
  const [first, second] = extra;
  const asFlag = command.flags.find((f) => f.name === first?.toLowerCase());
  const message = `${path}: unexpected ${extra.map((word) => echo(word, 30)).join(' ')}.`;
  if (asFlag) {
    const value = asFlag.takesValue ? ` ${second ?? asFlag.example}` : '';
    return new UsageError(message, `Did you mean --${asFlag.name}${value}?`);
  }
  const usage = `Usage: /atlas ${shortUsage(command)}`;
  if (path === 'vm create') {
    return new UsageError(
      message,
      `${usage}. Quote values that contain spaces; to create several VMs use --count 3.`,
    );
  }
  const takesName = command.usage.includes('NAME');
  return new UsageError(message, takesName ? `${usage} (one VM per command).` : `${usage}.`);
}
