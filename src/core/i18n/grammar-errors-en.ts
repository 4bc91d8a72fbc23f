import type { ErrorTexts } from './error-texts.ts';

type Say<A extends readonly (string | number)[]> = (...args: A) => string;

/** One entry: message and hint take the same arguments, `A`, each using the ones it needs. */
function said<A extends readonly (string | number)[]>(message: Say<A>, hint: Say<A>) {
  return { message, hint };
}

/** A VM name's problems: `upper`/`edge` 1 or 0, up to three characters it cannot have, its length. */
export type NameArgs = [name: string, upper: number, chars: string, edge: number, length: number];
type Flag = [flag: string, value: string, example: string];
type Limit<M> = [value: string, max: M, setting: string];

const KEY_EXAMPLE = '--ssh-key "ssh-ed25519 AAAA... you@host"';
const SIZES = 'Sizes look like 4G, 4096M, 4 GiB or 1.5G.';
const NAME_RULE = 'VM names are DNS labels: a-z, 0-9 and "-", 1-63 characters, no "-" at either end.';

function badName(...[name, upper, chars, edge, length]: NameArgs): string {
  const problems = [
    upper ? 'upper-case letters' : '',
    [...chars].map((ch) => (/\s/.test(ch) ? 'spaces' : `"${ch}"`)).join(', '),
    edge ? 'a "-" at the start or end' : '',
    length > 63 ? `${length} characters (at most 63)` : '',
    length === 0 ? 'no characters' : '',
  ];
  return `${name} is not a valid VM name: it has ${problems.filter((p) => p !== '').join(' and ')}.`;
}

const unknownFor = (typed: string, command: string) => `${typed}: unknown option for ${command}.`;
const unexpected = (command: string, words: string) => `${command}: unexpected ${words}.`;
const overLimit = (flag: string, value: string, limit: string, setting: string) =>
  `--${flag} ${value} is more than the limit of ${limit} (${setting}).`;
const askLimit = (limit: string, setting: string) =>
  `Ask for at most ${limit}, or ask an operator to raise ${setting}.`;
const tooMany = (count: number, what: string, max: number) =>
  `That is ${count} ${what}; a VM can have at most ${max}.`;

/** What the command grammar says about bad input, in English. */
export const grammarErrorsEn = {
  unclosedQuote: said<[quote: string]>(
    (quote) => `There is an opening ${quote} without a closing one.`,
    () => `Close the quote, e.g. ${KEY_EXAMPLE}.`,
  ),
  unknownCommandTypo: said<[typed: string, meant: string]>(
    (typed) => `${typed}: unknown command.`,
    (_, meant) => `Did you mean ${meant}? /atlas help lists the commands.`,
  ),
  unknownCommandNoVm: said<[typed: string, command: string]>(
    (typed) => `${typed}: unknown command.`,
    (_, command) => `Did you mean ${command}? VM commands start with vm.`,
  ),
  vmNeedsCommand: said<[all: string]>(
    (all) => `vm needs a command: ${all}.`,
    () => 'For example: /atlas vm list, or /atlas help vm create',
  ),
  unknownVmCommandDidYouMean: said<[typed: string, sub: string]>(
    (typed) => `vm ${typed}: unknown command.`,
    (_, sub) => `Did you mean vm ${sub}?`,
  ),
  unknownVmCommand: said<[typed: string, all: string]>(
    (typed) => `vm ${typed}: unknown command.`,
    (_, all) => `vm commands: ${all}. For example: /atlas vm list`,
  ),
  noOptions: said<[command: string, typed: string, usage: string, example: string]>(
    (command, typed) => `${command} takes no options (got ${typed}).`,
    (_, __, usage, example) => `Usage: /atlas ${usage}, e.g. /atlas ${example}`,
  ),
  unknownOptionDidYouMean: said<[typed: string, command: string, flag: string]>(
    unknownFor,
    (_, __, flag) => `Did you mean --${flag}?`,
  ),
  unknownOptionOnly: said<[typed: string, command: string, flag: string]>(
    unknownFor,
    (_, command, flag) => `${command} takes only ${flag}.`,
  ),
  unknownOptionList: said<[typed: string, command: string, flags: string]>(
    unknownFor,
    (_, command, flags) => `${command} takes ${flags}.`,
  ),
  switchWithValue: said<[flag: string, value: string]>(
    (flag, value) => `--${flag} takes no value (got --${flag}=${value}).`,
    (flag) => `Write just --${flag}.`,
  ),
  optionNeedsValue: said<[flag: string, example: string]>(
    (flag) => `--${flag} needs a value.`,
    (flag, example) => `For example: --${flag} ${example}`,
  ),
  optionTwiceValues: said<[flag: string, first: string, second: string]>(
    (flag, first, second) => `--${flag} is given twice (${first} and ${second}).`,
    (flag) => `Give --${flag} once.`,
  ),
  optionTwice: said<[flag: string]>(
    (flag) => `--${flag} is given twice.`,
    (flag) => `Give --${flag} once.`,
  ),
  needsName: said<[command: string, usage: string, example: string]>(
    (command) => `${command} needs a name.`,
    (_, usage, example) => `Usage: /atlas ${usage}. For example: /atlas ${example}`,
  ),
  unexpectedOption: said<[command: string, words: string, option: string]>(
    unexpected,
    (_, __, option) => `Did you mean ${option}?`,
  ),
  unexpectedCreateWords: said<[command: string, words: string, usage: string]>(
    unexpected,
    (_, __, usage) =>
      `Usage: /atlas ${usage}. Quote values that contain spaces; to create several VMs use --count 3.`,
  ),
  unexpectedNameWords: said<[command: string, words: string, usage: string]>(
    unexpected,
    (_, __, usage) => `Usage: /atlas ${usage} (one VM per command).`,
  ),
  unexpectedWords: said<[command: string, words: string, usage: string]>(
    unexpected,
    (_, __, usage) => `Usage: /atlas ${usage}.`,
  ),
  rollbackExtra: said<[words: string]>(
    (words) => `rollback: unexpected ${words}.`,
    () => 'Usage: /atlas rollback [REQUEST], e.g. /atlas rollback R-7F3K. Roll back one request per command.',
  ),
  rollbackNotARequestId: said<[word: string]>(
    (word) => `${word} is not a request id.`,
    () =>
      'Request ids look like R-7F3K (the failure message shows it). /atlas rollback alone rolls back the failed request of this thread.',
  ),
  approveExtra: said<[words: string]>(
    (words) => `approve: unexpected ${words}.`,
    () => 'Usage: /atlas approve [REQUEST], e.g. /atlas approve R-7F3K. Approve one request per command.',
  ),
  reasonTooLong: said<[length: number, max: number]>(
    (length, max) => `That reason is ${length} characters; ATLAS keeps at most ${max}.`,
    () => 'Shorten the reason and reject again.',
  ),
  notARequestId: said<[word: string, command: 'approve' | 'reject']>(
    (word) => `${word} is not a request id.`,
    (_, command) =>
      `Request ids look like R-7F3K (the plan card shows it). /atlas ${command} alone ${command}s the pending request of this thread.`,
  ),
  invalidVmName: said<NameArgs>(badName, () => `${NAME_RULE} For example: web-01.`),
  invalidVmNameDidYouMean: said<[fix: string, ...NameArgs]>(
    (_, ...name) => badName(...name),
    (fix) => `Did you mean ${fix}? ${NAME_RULE}`,
  ),
  tooManyVmsInRequest: said<[count: number, max: number]>(
    (count, max) => `--count ${count}: one request can create at most ${max} VMs.`,
    () => 'Split it into several requests.',
  ),
  seriesNameInvalid: said<[count: number, name: string, bad: string]>(
    (count, name, bad) =>
      `--count ${count} from ${name} would make the name ${bad}, which is not a valid VM name.`,
    () => 'Use a shorter name: VM names are at most 63 characters.',
  ),
  notWholeNumber: said<Flag>(
    (flag, value) => `--${flag} ${value}: not a whole number.`,
    (flag, _, example) => `For example: --${flag} ${example}`,
  ),
  notANumber: said<Flag>(
    (flag, value) => `--${flag} ${value}: not a number.`,
    (flag, _, example) => `Give a whole number, e.g. --${flag} ${example}`,
  ),
  notPositive: said<Flag>(
    (flag, value) => `--${flag} ${value}: must be at least 1.`,
    (flag, _, example) => `For example: --${flag} ${example}`,
  ),
  memoryNotASize: said<[value: string]>(
    (value) => `--memory ${value}: not a size ATLAS understands.`,
    () => SIZES,
  ),
  memoryTooSmall: said<[value: string, number: string]>(
    (value) => `--memory ${value}: too small (a VM needs at least 16 MiB).`,
    (_, number) => `Did you mean --memory ${number}G?`,
  ),
  diskNotASize: said<[value: string]>(
    (value) => `--disk ${value}: not a size ATLAS understands.`,
    () => `${SIZES} A bare number means GiB.`,
  ),
  diskNotWhole: said<[value: string, gib: number]>(
    (value) => `--disk ${value}: disks are sized in whole GiB.`,
    (_, gib) => `Try --disk ${gib}G.`,
  ),
  optionOverCoresLimit: said<Limit<number>>(
    (value, max, setting) => overLimit('cores', value, `${max} cores per VM`, setting),
    (_, max, setting) => askLimit(`${max} cores per VM`, setting),
  ),
  optionOverMemoryLimit: said<Limit<string>>(
    (value, max, setting) => overLimit('memory', value, `${max} of memory per VM`, setting),
    (_, max, setting) => askLimit(`${max} of memory per VM`, setting),
  ),
  optionOverDiskLimit: said<Limit<number>>(
    (value, max, setting) => overLimit('disk', value, `${max} GiB of disk per VM`, setting),
    (_, max, setting) => askLimit(`${max} GiB of disk per VM`, setting),
  ),
  optionOverCountLimit: said<Limit<number>>(
    (value, max, setting) => overLimit('count', value, `${max} VMs per request`, setting),
    (_, max, setting) => askLimit(`${max} VMs per request`, setting),
  ),
  invalidTag: said<[tag: string]>(
    (tag) => `--tag ${tag}: not a valid tag.`,
    () => 'Tags are 1-40 of a-z 0-9 _ . + - starting with a letter or digit, e.g. --tag load-test.',
  ),
  tooManyTags: said<[count: number, max: number]>(
    (count, max) => tooMany(count, 'tags', max),
    () => 'Drop a few --tag values.',
  ),
  invalidRole: said<[role: string]>(
    (role) => `--with ${role}: not a role or profile name.`,
    () => 'Role names are 1-32 of a-z 0-9 _ - starting with a letter, e.g. --with nginx,docker.',
  ),
  tooManyRoles: said<[count: number, max: number]>(
    (count, max) => tooMany(count, 'roles', max),
    () => 'Use a profile that bundles them, or fewer --with values.',
  ),
  privateSshKey: said<[]>(
    () => '--ssh-key: that is a private key. It must never be pasted in chat.',
    () =>
      `Treat that key as exposed and replace it; give ATLAS the public half (the .pub file), e.g. ${KEY_EXAMPLE}.`,
  ),
  notAPublicKey: said<[key: string]>(
    (key) => `--ssh-key ${key}: not an OpenSSH public key.`,
    () => `Paste the whole line of your .pub file in quotes, e.g. ${KEY_EXAMPLE}.`,
  ),
  tooManySshKeys: said<[count: number, max: number]>(
    (count, max) => tooMany(count, 'SSH keys', max),
    () => 'Give fewer --ssh-key values.',
  ),
  invalidTemplate: said<[name: string]>(
    (name) => `--template ${name}: not a template name.`,
    () => 'Template names look like ubuntu-24.04; /atlas templates lists them.',
  ),
  invalidNode: said<[name: string]>(
    (name) => `--node ${name}: not a node name.`,
    () => 'Node names look like pve1; leave --node out and ATLAS picks one.',
  ),
  commandDoesNotFit: said<[path: string, problem: string]>(
    (path, problem) => `That command does not fit: ${path} ${problem}.`,
    () => 'Try /atlas help.',
  ),
  unreadableCommand: said<[]>(
    () => 'ATLAS could not read that command.',
    () => 'Check it against /atlas help and try again.',
  ),
} satisfies ErrorTexts;
