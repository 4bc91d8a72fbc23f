import { AtlasError, type AtlasErrorCode, type Said, UsageError } from '../../domain/errors.ts';
import type { Language } from '../../domain/language.ts';
import { ErrorList, tellList } from './error-list.ts';

type Arg = string | number;

/**
 * One error's words in one language. `message` says what went wrong, `hint` what to do; both get the
 * same arguments. Arguments are values (names, numbers, commands, state codes), never English words.
 */
export interface ErrorText {
  message: (...args: never[]) => string;
  hint?: (...args: never[]) => string;
}

export type ErrorTexts = Readonly<Record<string, ErrorText>>;

/** The arguments of one entry, as its `message` declares them. */
export type ArgsOf<T extends ErrorText> = Parameters<T['message']>;

function call(fn: ((...args: never[]) => string) | undefined, args: readonly Arg[]): string | undefined {
  return fn === undefined ? undefined : (fn as (...a: readonly Arg[]) => string)(...args);
}

/** The English text of an entry, and the record that lets errorView say it again in another language. */
export function sayError<C extends ErrorTexts, K extends keyof C & string>(
  english: C,
  key: K,
  args: ArgsOf<C[K]>,
): { message: string; hint: string | undefined; said: Said } {
  const entry = english[key] as ErrorText;
  const plain = args as readonly Arg[];
  return {
    message: call(entry.message, plain) ?? key,
    hint: call(entry.hint, plain),
    said: { key, args: plain },
  };
}

/** A catalogue's error maker: `fail('policy', 'tooManyVms', [12, 10])`. */
export function errorMaker<C extends ErrorTexts>(english: C) {
  return <K extends keyof C & string>(code: AtlasErrorCode, key: K, ...args: ArgsOf<C[K]>): AtlasError => {
    const { message, hint, said } = sayError(english, key, args);
    return new AtlasError(code, message, { said, ...(hint === undefined ? {} : { hint }) });
  };
}

/** A catalogue's usage-error maker: `usage('unknownOption', '--memroy', 'vm create')`. */
export function usageMaker<C extends ErrorTexts>(english: C) {
  return <K extends keyof C & string>(key: K, ...args: ArgsOf<C[K]>): UsageError => {
    const { message, hint, said } = sayError(english, key, args);
    return new UsageError(message, hint, said);
  };
}

const LIST_SEPARATOR = '\u001f';

/** A list of values (VM names, nodes) as one error argument, since arguments are flat: `listArg(names)`. */
export function listArg(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

/** The values `listArg` packed into one argument. */
export function listOf(arg: string): string[] {
  return arg === '' ? [] : arg.split(LIST_SEPARATOR);
}

/**
 * An error's message and hint in `language`: from the catalogues when the error says which entry it
 * came from and that entry exists in the language; otherwise the English the error was made with.
 * An ErrorList is told item by item.
 */
export function errorIn(
  error: AtlasError,
  texts: Readonly<Record<Language, ErrorTexts>>,
  language: Language,
): { message: string; hint: string | undefined } {
  if (error instanceof ErrorList)
    return tellList(error.first, error.more, (item) => errorIn(item, texts, language));
  const entry = error.said && texts[language][error.said.key];
  if (!error.said || !entry) return { message: error.message, hint: error.hint };
  return {
    message: call(entry.message, error.said.args) ?? error.message,
    hint: entry.hint ? call(entry.hint, error.said.args) : error.hint,
  };
}
