import { isAtlasError } from '../domain/errors.ts';
import { COMMANDS, usage } from './commands.ts';

/** `atlas <command> [options]`: returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name = 'help', ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`atlas: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    process.stderr.write(describeFailure(name, error));
    return 1;
  }
}

function describeFailure(command: string, error: unknown): string {
  if (isAtlasError(error))
    return `atlas ${command}: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`;
  const message = error instanceof Error ? error.message : String(error);
  return `atlas ${command}: unexpected error: ${message}\nRun with ATLAS_LOG_LEVEL=debug for details.\n`;
}
