import { UsageError } from '../../domain/errors.ts';
import type { Policy } from '../../domain/policy.ts';
import { parseSizeMiB } from '../../domain/size.ts';
import { type LimitKind, limitHint, overLimit } from '../validate/limits.ts';
import { echo } from './echo.ts';

function fail(flag: string, value: string, what: string, hint: string): never {
  throw new UsageError(`--${flag} ${echo(value)}: ${what}.`, hint);
}

function checkLimit(kind: LimitKind, flag: string, raw: string, value: number, policy: Policy): void {
  const limit = overLimit(kind, value, policy);
  if (limit) {
    throw new UsageError(
      `--${flag} ${echo(raw)} is more than the limit of ${limit.text} (${limit.setting}).`,
      limitHint(limit),
    );
  }
}

/** A whole number ≥ 1 within its limit: `--cores 4`, `--count 3`. */
export function readWholeNumber(flag: 'cores' | 'count', raw: string, policy: Policy): number {
  const example = flag === 'cores' ? '4' : '3';
  if (/^[+-]?\d+\.\d+$/.test(raw)) fail(flag, raw, 'not a whole number', `For example: --${flag} ${example}`);
  if (!/^[+-]?\d+$/.test(raw))
    fail(flag, raw, 'not a number', `Give a whole number, e.g. --${flag} ${example}`);
  const value = Number(raw);
  if (value < 1) fail(flag, raw, 'must be at least 1', `For example: --${flag} ${example}`);
  checkLimit(flag, flag, raw, value, policy);
  return value;
}

const SIZE_HINT = 'Sizes look like 4G, 4096M, 4 GiB or 1.5G.';

/** Memory in MiB. A bare number means GiB below 64 (`--memory 8`) and MiB from 64 up (`--memory 2048`). */
export function readMemoryMiB(raw: string, policy: Policy): number {
  const bare = /^\d+(\.\d+)?$/.test(raw.trim());
  const mib = parseSizeMiB(raw, bare && Number(raw) >= 64 ? 'm' : 'g');
  if (mib === undefined) fail('memory', raw, 'not a size ATLAS understands', SIZE_HINT);
  if (mib < 16)
    fail(
      'memory',
      raw,
      'too small (a VM needs at least 16 MiB)',
      `Did you mean --memory ${raw.replace(/\D+$/, '')}G?`,
    );
  checkLimit('memory', 'memory', raw, mib, policy);
  return mib;
}

/** Disk in whole GiB. A bare number means GiB (`--disk 40`). */
export function readDiskGiB(raw: string, policy: Policy): number {
  const mib = parseSizeMiB(raw, 'g');
  if (mib === undefined)
    fail('disk', raw, 'not a size ATLAS understands', `${SIZE_HINT} A bare number means GiB.`);
  if (mib % 1024 !== 0) {
    fail('disk', raw, 'disks are sized in whole GiB', `Try --disk ${Math.ceil(mib / 1024)}G.`);
  }
  checkLimit('disk', 'disk', raw, mib / 1024, policy);
  return mib / 1024;
}
