import { looksLikeName } from './read-parts.ts';
import {
  CREATE_VERBS,
  DESTROY_WORDS,
  HELP_WORDS,
  LIST_WORDS,
  MINE_WORDS,
  NAME_MARKERS,
  REBOOT_WORDS,
  START_WORDS,
  STATUS_WORDS,
  STOP_WORDS,
  TEMPLATE_WORDS,
  VM_NOUNS,
} from './rule-words.ts';
import type { Words } from './words.ts';

type Verb = 'status' | 'start' | 'stop' | 'reboot' | 'destroy';

const VERBS: readonly [Verb, ReadonlySet<string>][] = [
  ['status', STATUS_WORDS],
  ['start', START_WORDS],
  ['stop', STOP_WORDS],
  ['reboot', REBOOT_WORDS],
  ['destroy', DESTROY_WORDS],
];

/** `turn on`, `power off`, `shut down`: two words for one verb. */
function pairedVerb(words: Words): Verb | undefined {
  for (let i = 0; i + 1 < words.list.length; i += 1) {
    const pair = `${words.at(i)} ${words.at(i + 1)}`;
    const verb = {
      'turn on': 'start',
      'power on': 'start',
      'turn off': 'stop',
      'power off': 'stop',
      'shut down': 'stop',
    }[pair] as Verb | undefined;
    if (verb) {
      words.use(i, i + 1);
      return verb;
    }
  }
  return undefined;
}

/** The command for a message that lists, shows, powers or destroys; undefined when it is none of those. */
export function simpleCommand(words: Words, vms: readonly string[]): string | undefined {
  if (words.has(CREATE_VERBS)) return undefined;
  const paired = pairedVerb(words);
  const verbs = VERBS.filter(([, set]) => words.has(set)).map(([verb]) => verb);
  const all = [...new Set([...(paired ? [paired] : []), ...verbs])];
  if (all.length > 1) return undefined;
  const [verb] = all;
  if (verb) return vmCommand(words, verb, vms);
  if (words.has(TEMPLATE_WORDS)) {
    words.use(...words.find(TEMPLATE_WORDS), ...words.find(LIST_WORDS));
    return '/atlas templates';
  }
  if (words.has(LIST_WORDS) && words.has(VM_NOUNS)) {
    const mine = words.has(MINE_WORDS);
    words.use(...words.find(LIST_WORDS), ...words.find(VM_NOUNS), ...words.find(MINE_WORDS));
    return mine ? '/atlas vm list --mine' : '/atlas vm list';
  }
  if (words.has(HELP_WORDS)) {
    words.use(...words.find(HELP_WORDS));
    return '/atlas help';
  }
  return undefined;
}

function vmCommand(words: Words, verb: Verb, vms: readonly string[]): string | undefined {
  const set = VERBS.find(([v]) => v === verb)?.[1] ?? new Set<string>();
  words.use(...words.find(set), ...words.find(VM_NOUNS), ...words.find(NAME_MARKERS));
  const names = words.list.flatMap((word, index) =>
    words.isFree(index) && looksLikeName(word, vms) ? [index] : [],
  );
  const [name] = names;
  if (name === undefined || names.length > 1) return undefined;
  words.use(name);
  return `/atlas vm ${verb} ${words.at(name)}`;
}
