import { UsageError } from '../../domain/errors.ts';
import { VM_NAME_PATTERN } from '../../domain/names.ts';
import { echo } from './echo.ts';

const RULE = 'VM names are DNS labels: a-z, 0-9 and "-", 1-63 characters, no "-" at either end.';

/** What is wrong with a name, in words, or undefined when it is a valid DNS label. */
export function nameProblems(name: string): string | undefined {
  if (VM_NAME_PATTERN.test(name)) return undefined;
  const problems: string[] = [];
  if (/[A-Z]/.test(name)) problems.push('upper-case letters');
  const bad = [...new Set(name.replace(/[A-Za-z0-9-]/g, ''))].slice(0, 3);
  if (bad.length > 0) problems.push(bad.map((ch) => (/\s/.test(ch) ? 'spaces' : `"${ch}"`)).join(', '));
  if (name.startsWith('-') || name.endsWith('-')) problems.push('a "-" at the start or end');
  if (name.length > 63) problems.push(`${name.length} characters (at most 63)`);
  if (name.length === 0) problems.push('no characters');
  return problems.join(' and ');
}

/** The nearest valid name: lower-case, other characters to "-", trimmed to 63; undefined if nothing is left. */
export function suggestVmName(name: string): string | undefined {
  const fixed = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return VM_NAME_PATTERN.test(fixed) ? fixed : undefined;
}

/** The name itself when valid; otherwise a UsageError saying what is wrong and what would be right. */
export function checkVmName(name: string): string {
  const problems = nameProblems(name);
  if (problems === undefined) return name;
  const suggestion = suggestVmName(name);
  throw new UsageError(
    `${echo(name, 70)} is not a valid VM name: it has ${problems}.`,
    suggestion ? `Did you mean ${suggestion}? ${RULE}` : `${RULE} For example: web-01.`,
  );
}
