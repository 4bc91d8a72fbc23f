import { CORE_WORDS, DISK_WORDS, MEMORY_WORDS, NUMBER_WORDS, SIZE_UNITS } from './rule-words.ts';
import type { Words } from './words.ts';

/** What the sizes of a message say; `conflict` when it says something twice in different ways. */
export interface Quantities {
  cores?: number;
  memory?: string;
  disk?: string;
  conflict: boolean;
}

const SIZE = /^(\d+(?:\.\d+)?)(g|gb|gib|gig|gigs|giga|m|mb|mib|t|tb|tib)$/;

export function numberAt(words: Words, index: number): number | undefined {
  const word = words.at(index);
  if (word === undefined || !words.isFree(index)) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;
}

/** A size at `index` (`8gb`, or `8` `gb`): its text for the grammar (`8G`) and how many words it takes. */
function sizeAt(words: Words, index: number): { text: string; length: number } | undefined {
  const word = words.at(index);
  if (word === undefined || !words.isFree(index)) return undefined;
  const joined = SIZE.exec(word);
  const next = words.at(index + 1);
  const split =
    /^\d+(\.\d+)?$/.test(word) && next !== undefined && SIZE_UNITS.has(next) && words.isFree(index + 1)
      ? [word, next]
      : undefined;
  const [amount, unit] = joined ? [joined[1], joined[2]] : (split ?? []);
  if (amount === undefined || unit === undefined) return undefined;
  return { text: `${amount}${unit[0]?.toUpperCase()}`, length: joined ? 1 : 2 };
}

type SizeKind = { kind: 'memory' | 'disk'; at: number } | 'ambiguous' | undefined;

const LINKS = ['of', 'di', 'da', 'for', 'per', 'with', 'con'];

/** A memory or disk word at `at`, directly or behind a link word at `link` (`of ram`, `disco da`). */
function markerAt(
  words: Words,
  at: number,
  link: number,
): { kind: 'memory' | 'disk'; at: number } | undefined {
  for (const [index, linked] of [
    [at, false],
    [link, true],
  ] as const) {
    const word = words.at(index);
    if (word === undefined || !words.isFree(index)) continue;
    if (linked && !(LINKS.includes(words.at(at) ?? '') && words.isFree(at))) continue;
    if (MEMORY_WORDS.has(word)) return { kind: 'memory', at: index };
    if (DISK_WORDS.has(word)) return { kind: 'disk', at: index };
  }
  return undefined;
}

/** Which of memory or disk a size is, from the words right after it or right before it; both is ambiguous. */
function sizeKind(words: Words, start: number, end: number): SizeKind {
  const after = markerAt(words, end, end + 1);
  const before = markerAt(words, start - 1, start - 2);
  if (after && before) return 'ambiguous';
  return after ?? before;
}

/** Reads cores (`4 cores`, `4-core`) and sizes (`8GB of ram`, `disco da 100GB`, a bare `8GB` is memory). */
export function readQuantities(words: Words): Quantities {
  const found: Quantities = { conflict: false };
  const set = <K extends 'cores' | 'memory' | 'disk'>(key: K, value: NonNullable<Quantities[K]>) => {
    if (found[key] !== undefined && found[key] !== value) found.conflict = true;
    found[key] = value;
  };
  const bare: string[] = [];
  for (let i = 0; i < words.list.length; i += 1) {
    const size = sizeAt(words, i);
    if (size) {
      const kind = sizeKind(words, i, i + size.length);
      words.use(...Array.from({ length: size.length }, (_, k) => i + k));
      if (kind === 'ambiguous') found.conflict = true;
      else if (kind) {
        words.use(kind.at);
        set(kind.kind, size.text);
      } else bare.push(size.text);
      continue;
    }
    const hyphenated = /^(\d+)-?(core|cores|cpu|cpus|vcpu|vcpus)$/.exec(words.at(i) ?? '');
    if (hyphenated && words.isFree(i)) {
      words.use(i);
      set('cores', Number(hyphenated[1]));
      continue;
    }
    const count = numberAt(words, i);
    const next = words.at(i + 1);
    if (count !== undefined && next !== undefined && CORE_WORDS.has(next) && words.isFree(i + 1)) {
      words.use(i, i + 1);
      set('cores', count);
    }
  }
  if (bare.length > 1 || (bare.length === 1 && found.memory !== undefined)) found.conflict = true;
  else if (bare[0] !== undefined) set('memory', bare[0]);
  return found;
}
