import { NODE_NAME_PATTERN, TEMPLATE_NAME_PATTERN, VM_NAME_PATTERN } from '../../../domain/names.ts';
import { numberAt } from './read-quantities.ts';
import {
  NAME_MARKERS,
  NODE_MARKERS,
  OS_FAMILIES,
  PLURAL_DETERMINERS,
  PLURAL_NOUNS,
  ROLES,
  TEMPLATE_MARKERS,
  VM_NOUNS,
} from './rule-words.ts';
import type { Words } from './words.ts';

/** Names a person would give a VM: a DNS label with a digit or a hyphen (`web-01`), so words are not names. */
export function looksLikeName(word: string | undefined, known: readonly string[] = []): word is string {
  if (word === undefined || !VM_NAME_PATTERN.test(word) || /^\d+$/.test(word)) return false;
  return known.includes(word) || /[-\d]/.test(word);
}

/** `two debian boxes`, `a vm`, `due vm`: how many VMs; undefined when no noun says; NaN when it is unclear. */
export function readCount(words: Words): number | undefined {
  let count: number | undefined;
  for (const noun of words.find(VM_NOUNS)) {
    let at = noun - 1;
    while (at > noun - 4 && isTemplateWord(words, at)) at -= 1;
    const value = numberAt(words, at);
    const plural = PLURAL_NOUNS.has(words.at(noun) ?? '') || PLURAL_DETERMINERS.has(words.at(at) ?? '');
    const found = value ?? (plural ? Number.NaN : 1);
    words.use(noun, ...(value === undefined ? [] : [at]));
    if (count !== undefined && count !== found) return Number.NaN;
    count = found;
  }
  return count;
}

/** An OS word, or the version right after one (`debian 12`): part of the template, not a count. */
function isTemplateWord(words: Words, at: number): boolean {
  const word = words.at(at) ?? '';
  if (OS_FAMILIES.has(word)) return true;
  return /^\d+(\.\d+)?$/.test(word) && OS_FAMILIES.has(words.at(at - 1) ?? '');
}

/** `called web-01`, `chiamata db`, or a name-like word right after the noun or the verb. */
export function readName(words: Words, after: readonly number[]): string | undefined | null {
  const names = new Set<string>();
  for (const marker of words.find(NAME_MARKERS)) {
    const word = words.at(marker + 1);
    if (word === undefined || !VM_NAME_PATTERN.test(word) || /^\d+$/.test(word)) return null;
    words.use(marker, marker + 1);
    names.add(word);
  }
  for (const index of after) {
    const word = words.at(index + 1);
    if (words.isFree(index + 1) && looksLikeName(word) && !/^\d+(\.\d+)?[a-z]*$/.test(word)) {
      words.use(index + 1);
      names.add(word);
    }
  }
  if (names.size > 1) return null;
  return [...names][0];
}

/** `on pve2`, `sul nodo pve2`: a known node, or a node-like word with a digit when nodes are unknown. */
export function readNode(words: Words, nodes: readonly string[]): string | undefined | null {
  for (const marker of words.find(NODE_MARKERS)) {
    let at = marker + 1;
    if (NODE_MARKERS.has(words.at(at) ?? '')) at += 1;
    const word = words.at(at);
    const known = nodes.length > 0 ? nodes.includes(word ?? '') : /\d/.test(word ?? '');
    if (word !== undefined && words.isFree(at) && NODE_NAME_PATTERN.test(word) && known) {
      words.use(marker, ...(at > marker + 1 ? [marker + 1] : []), at);
      return word;
    }
  }
  return undefined;
}

/** `with nginx`, `con docker`: configure roles, as `role-NAME` tags. */
export function readRoles(words: Words): string[] {
  const roles = words.list.flatMap((word, index) =>
    words.isFree(index) && Object.hasOwn(ROLES, word) ? [index] : [],
  );
  words.use(...roles);
  return [...new Set(roles.map((index) => ROLES[words.at(index) ?? ''] as string))];
}

/**
 * The template: `template debian-12`, or an OS word (`debian`, `ubuntu 22.04`) matched against the known
 * templates. Null when the words name a template that cannot be told apart from another.
 */
export function readTemplate(
  words: Words,
  templates: readonly string[],
  fallback: string,
): string | undefined | null {
  for (const marker of words.find(TEMPLATE_MARKERS)) {
    const word = words.at(marker + 1);
    if (word !== undefined && words.isFree(marker + 1) && templates.includes(word)) {
      words.use(marker, marker + 1);
      return word;
    }
  }
  const direct = words.list.findIndex((word, index) => words.isFree(index) && templates.includes(word));
  if (direct >= 0) {
    words.use(direct);
    return words.at(direct);
  }
  const families = words.find(OS_FAMILIES);
  if (families.length === 0) return undefined;
  const chosen = new Set(families.map((at) => familyTemplate(words, at, templates, fallback)));
  return chosen.size === 1 ? ([...chosen][0] ?? null) : null;
}

function familyTemplate(
  words: Words,
  at: number,
  templates: readonly string[],
  fallback: string,
): string | null {
  const family = words.at(at) ?? '';
  words.use(at);
  const version = words.at(at + 1);
  if (version !== undefined && words.isFree(at + 1) && /^\d+(\.\d+)?$/.test(version)) {
    const name = `${family}-${version}`;
    if (templates.includes(name) || (templates.length === 0 && TEMPLATE_NAME_PATTERN.test(name))) {
      words.use(at + 1);
      return name;
    }
  }
  const matches = templates.filter(
    (t) => t === family || t.startsWith(`${family}-`) || t.startsWith(`${family}linux`),
  );
  if (matches.includes(fallback)) return fallback;
  return matches.length === 1 ? (matches[0] as string) : null;
}
