import { COMMANDS, type CommandSpec } from './commands.ts';

/** A help topic as typed: lower-case, single spaces, without a leading `/atlas` or `--`. */
export function normaliseTopic(topic: string): string {
  return topic
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[/@]?atlas\b\s*/, '')
    .replace(/^-+/, '');
}

/** Every topic name → its command: `vm create`, `create`, `start`, `approve`, and option names (`memory`). */
const TOPICS: ReadonlyMap<string, CommandSpec> = new Map(
  COMMANDS.flatMap((command) => {
    const words = command.paths.flatMap((path) => [path, path.split(' ').at(-1) as string]);
    return [...new Set([...words, ...command.flags.map((f) => f.name)])].map(
      (key) => [key, command] as const,
    );
  }),
);

/** Topics that show the overview. */
const OVERVIEW_TOPICS = ['', 'vm', 'commands', 'all', 'help'];

export type TopicMatch =
  | { kind: 'overview' }
  | { kind: 'command'; command: CommandSpec }
  | { kind: 'unknown' };

export function findTopic(topic: string | undefined): TopicMatch {
  const key = normaliseTopic(topic ?? '');
  if (OVERVIEW_TOPICS.includes(key)) return { kind: 'overview' };
  const command = TOPICS.get(key);
  return command ? { kind: 'command', command } : { kind: 'unknown' };
}

/** The topics a suggestion may name, full command paths first. */
export function topicNames(): string[] {
  const names = [...TOPICS.keys()];
  return [...names.filter((n) => n.includes(' ')), ...names.filter((n) => !n.includes(' '))];
}
