import type { Said } from '../said.ts';

type Arg = string | number;

/** One progress line's words in one language, filled in with values (names, numbers, codes). */
export type ProgressText = (...args: never[]) => string;

export type ProgressTexts = Readonly<Record<string, ProgressText>>;

/** A progress line as the engines make it: the English text, and which entry it came from. */
export interface SaidLine {
  message: string;
  said: Said;
}

/** A catalogue's line maker: `line('cloning', 'web-01', 'debian-12', 'pve1', 100)`. */
export function lineMaker<C extends ProgressTexts>(english: C) {
  return <K extends keyof C & string>(key: K, ...args: Parameters<C[K]>): SaidLine => {
    const plain = args as readonly Arg[];
    return {
      message: (english[key] as (...a: readonly Arg[]) => string)(...plain),
      said: { key, args: plain },
    };
  };
}

/**
 * A progress line in the catalogue's language: from its entry when the line says which one it came
 * from, the catalogue has it and the line brings all its arguments; otherwise the English it was made
 * with (raw tool output has no `said` and stays as it is).
 */
export function lineIn(line: { message: string; said?: Said | undefined }, texts: ProgressTexts): string {
  const said = line.said;
  const entry = said && Object.hasOwn(texts, said.key) ? texts[said.key] : undefined;
  if (!said || !entry || said.args.length < entry.length) return line.message;
  return (entry as (...a: readonly Arg[]) => string)(...said.args);
}
