import { VM_NAME_PATTERN } from '../../domain/names.ts';
import type { NameArgs } from '../i18n/grammar-errors-en.ts';
import { echo } from './echo.ts';
import { usage } from './usage.ts';

/** What is wrong with a name as catalogue arguments (see NameArgs), or undefined when it is a valid DNS label. */
export function nameProblems(name: string): NameArgs | undefined {
  if (VM_NAME_PATTERN.test(name)) return undefined;
  const chars = [...new Set(name.replace(/[A-Za-z0-9-]/g, ''))].slice(0, 3).join('');
  const edge = name.startsWith('-') || name.endsWith('-');
  return [echo(name, 70), /[A-Z]/.test(name) ? 1 : 0, chars, edge ? 1 : 0, name.length];
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
  throw suggestion
    ? usage('invalidVmNameDidYouMean', suggestion, ...problems)
    : usage('invalidVmName', ...problems);
}
