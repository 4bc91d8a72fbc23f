import type { Language } from '../../domain/language.ts';
import type { Policy } from '../../domain/policy.ts';
import { helpEn } from '../i18n/help-en.ts';
import { helpIt } from '../i18n/help-it.ts';
import { COMMANDS, type CommandSpec, shortUsage, VM_CREATE } from './commands.ts';
import { echo } from './echo.ts';
import { nearest } from './edit-distance.ts';
import { commandNotes, createOptionLines } from './help-options.ts';
import { findTopic, normaliseTopic, topicNames } from './help-topics.ts';

export interface HelpText {
  title: string;
  text: string;
}

const WORDS: Readonly<Record<Language, typeof helpEn>> = { en: helpEn, it: helpIt };

/**
 * The overview of every command, or the details of one (`vm create`, `create`, `approve`...), in
 * `language`. Topics are the command and option words, the same in every language.
 */
export function helpText(topic: string | undefined, policy: Policy, language: Language): HelpText {
  const words = WORDS[language];
  const match = findTopic(topic);
  if (match.kind === 'command') return commandHelp(match.command, policy, words);
  const overview = overviewText(words);
  if (match.kind === 'overview') return { title: words.overviewTitle, text: overview };
  const typed = normaliseTopic(topic ?? '');
  const suggestion = nearest(typed, topicNames(), 3) ?? nearestByWord(typed);
  return { title: words.overviewTitle, text: `${words.noHelp(echo(typed), suggestion)}\n\n${overview}` };
}

/** `vm crate` → `vm create`: the nearest topic to any one word typed. */
function nearestByWord(typed: string): string | undefined {
  for (const word of typed.split(' ').reverse()) {
    const found = nearest(word, topicNames(), 2);
    if (found) return found;
  }
  return undefined;
}

function overviewText(words: typeof helpEn): string {
  const lines = COMMANDS.map(
    (command) => `\`/atlas ${shortUsage(command)}\`: ${words.summaries[command.name]}`,
  );
  return [words.overviewIntro, ...lines, '', words.overviewOutro].join('\n');
}

function commandHelp(command: CommandSpec, policy: Policy, words: typeof helpEn): HelpText {
  const options =
    command === VM_CREATE ? ['', words.options, ...createOptionLines(policy, words), '', words.nameRule] : [];
  const notes = commandNotes(command, policy, words);
  const text = [
    words.usage(command.usage),
    `${capitalise(words.summaries[command.name])}.`,
    ...options,
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
    words.examples,
    ...command.examples.map((example) => `\`/atlas ${example}\``),
  ].join('\n');
  return { title: words.commandTitle(command.name), text };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
