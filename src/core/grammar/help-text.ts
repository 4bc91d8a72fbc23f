import type { Policy } from '../../domain/policy.ts';
import { COMMANDS, type CommandSpec, shortUsage, VM_CREATE } from './commands.ts';
import { echo } from './echo.ts';
import { nearest } from './edit-distance.ts';
import { commandNotes, createOptionLines, NAME_RULE } from './help-options.ts';
import { findTopic, normaliseTopic, topicNames } from './help-topics.ts';

export interface HelpText {
  title: string;
  text: string;
}

/** The overview of every command, or the details of one (`vm create`, `create`, `approve`...). */
export function helpText(topic: string | undefined, policy: Policy): HelpText {
  const match = findTopic(topic);
  if (match.kind === 'command') return commandHelp(match.command, policy);
  const overview = overviewText();
  if (match.kind === 'overview') return { title: 'ATLAS commands', text: overview };
  const typed = normaliseTopic(topic ?? '');
  const suggestion = nearest(typed, topicNames(), 3) ?? nearestByWord(typed);
  const tip = suggestion ? `; did you mean \`help ${suggestion}\`?` : '.';
  return { title: 'ATLAS commands', text: `No help for "${echo(typed)}"${tip}\n\n${overview}` };
}

/** `vm crate` → `vm create`: the nearest topic to any one word typed. */
function nearestByWord(typed: string): string | undefined {
  for (const word of typed.split(' ').reverse()) {
    const found = nearest(word, topicNames(), 2);
    if (found) return found;
  }
  return undefined;
}

function overviewText(): string {
  const lines = COMMANDS.map((command) => `\`/atlas ${shortUsage(command)}\`: ${command.summary}`);
  return [
    'Type a command after `/atlas` or a mention of ATLAS:',
    ...lines,
    '',
    'Details and examples: `/atlas help vm create`, `/atlas help approve`. You can also describe what you need in a sentence when the assistant is enabled.',
  ].join('\n');
}

function commandHelp(command: CommandSpec, policy: Policy): HelpText {
  const options = command === VM_CREATE ? ['', 'Options:', ...createOptionLines(policy), '', NAME_RULE] : [];
  const notes = commandNotes(command, policy);
  const text = [
    `Usage: \`/atlas ${command.usage}\``,
    `${capitalise(command.summary)}.`,
    ...options,
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
    'Examples:',
    ...command.examples.map((example) => `\`/atlas ${example}\``),
  ].join('\n');
  return { title: `Help: ${command.name}`, text };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
