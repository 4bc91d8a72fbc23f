import type { CommandSpec, FlagSpec } from './commands.ts';
import { echo } from './echo.ts';
import { unknownFlagError } from './flag-errors.ts';
import type { Token } from './tokenize.ts';
import { usage } from './usage.ts';

/** Words and option values of one command, before their meaning is read. */
export interface Args {
  positionals: string[];
  /** Option name (without dashes) → every value given; `['']` for a switch. */
  values: Map<string, string[]>;
}

const SIZE_UNIT = /^(?:[mgt]i?b?)$/i;
const KEY_TYPE = /^(?:ssh-[a-z0-9]+|ecdsa-sha2-nistp\d+|sk-[a-z0-9-]+@openssh\.com)$/;

export function isFlagToken(token: Token | undefined): boolean {
  return token !== undefined && !token.quoted && /^-(?!\d)/.test(token.text);
}

/** Separates words from `--flag value` / `--flag=value` pairs and checks options against the command. */
export function readArgs(tokens: readonly Token[], command: CommandSpec, path: string = command.name): Args {
  const args: Args = { positionals: [], values: new Map() };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (!isFlagToken(token)) {
      args.positionals.push(token.text);
      continue;
    }
    const eq = token.text.indexOf('=');
    const typed = eq < 0 ? token.text : token.text.slice(0, eq);
    const spec = command.flags.find((f) => f.name === typed.replace(/^-+/, '').toLowerCase());
    if (!spec) throw unknownFlagError(typed, command, path);
    const inline = eq < 0 ? undefined : token.text.slice(eq + 1);
    if (!spec.takesValue) {
      addValue(args, spec, readSwitch(spec, inline));
      continue;
    }
    const after = tokens.slice(i + 1);
    const first = inline === undefined ? after.shift() : { text: inline, quoted: false };
    const value = readValue(spec, first, after);
    i += (inline === undefined ? 1 : 0) + value.used;
    addValue(args, spec, value.text);
  }
  return args;
}

function readSwitch(spec: FlagSpec, inline: string | undefined): string {
  if (inline !== undefined) {
    throw usage('switchWithValue', spec.name, echo(inline));
  }
  return '';
}

/**
 * The value of an option: one word, except `--memory 2 GiB` (a number and a unit) and an unquoted
 * `--ssh-key ssh-ed25519 AAAA... [you@host]` (a key type, its base64 and a comment with an @).
 * `used` counts the words taken from `after`.
 */
function readValue(
  spec: FlagSpec,
  first: Token | undefined,
  after: readonly Token[],
): { text: string; used: number } {
  if (first === undefined || isFlagToken(first) || first.text === '') {
    throw usage('optionNeedsValue', spec.name, spec.example);
  }
  const [next, third] = after;
  if (next === undefined || isFlagToken(next) || next.quoted) return { text: first.text, used: 0 };
  const isSize = spec.name === 'memory' || spec.name === 'disk';
  if (isSize && /^\d+(\.\d+)?$/.test(first.text) && SIZE_UNIT.test(next.text)) {
    return { text: `${first.text}${next.text}`, used: 1 };
  }
  if (spec.name === 'ssh-key' && !first.quoted && KEY_TYPE.test(first.text)) {
    if (third && !isFlagToken(third) && third.text.includes('@')) {
      return { text: `${first.text} ${next.text} ${third.text}`, used: 2 };
    }
    return { text: `${first.text} ${next.text}`, used: 1 };
  }
  return { text: first.text, used: 0 };
}

function addValue(args: Args, spec: FlagSpec, value: string): void {
  const seen = args.values.get(spec.name);
  if (seen && !spec.repeatable) {
    throw spec.takesValue
      ? usage('optionTwiceValues', spec.name, echo(seen[0] ?? '', 20), echo(value, 20))
      : usage('optionTwice', spec.name);
  }
  args.values.set(spec.name, [...(seen ?? []), value]);
}
