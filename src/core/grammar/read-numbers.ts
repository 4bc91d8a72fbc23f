import type { Policy } from '../../domain/policy.ts';
import { formatMiB, parseSizeMiB } from '../../domain/size.ts';
import { type LimitKind, overLimit } from '../validate/limits.ts';
import { echo } from './echo.ts';
import { usage } from './usage.ts';

/** `--cores 64 is more than the limit of 16 cores per VM (ATLAS_MAX_CORES).` and how to get more. */
function checkLimit(kind: LimitKind, raw: string, value: number, policy: Policy): void {
  const limit = overLimit(kind, value, policy);
  if (!limit) return;
  const typed = echo(raw);
  switch (kind) {
    case 'cores':
      throw usage('optionOverCoresLimit', typed, limit.max, limit.setting);
    case 'memory':
      throw usage('optionOverMemoryLimit', typed, formatMiB(limit.max), limit.setting);
    case 'disk':
      throw usage('optionOverDiskLimit', typed, limit.max, limit.setting);
    case 'count':
      throw usage('optionOverCountLimit', typed, limit.max, limit.setting);
  }
}

/** A whole number ≥ 1 within its limit: `--cores 4`, `--count 3`. */
export function readWholeNumber(flag: 'cores' | 'count', raw: string, policy: Policy): number {
  const example = flag === 'cores' ? '4' : '3';
  if (/^[+-]?\d+\.\d+$/.test(raw)) throw usage('notWholeNumber', flag, echo(raw), example);
  if (!/^[+-]?\d+$/.test(raw)) throw usage('notANumber', flag, echo(raw), example);
  const value = Number(raw);
  if (value < 1) throw usage('notPositive', flag, echo(raw), example);
  checkLimit(flag, raw, value, policy);
  return value;
}

/** Memory in MiB. A bare number means GiB below 64 (`--memory 8`) and MiB from 64 up (`--memory 2048`). */
export function readMemoryMiB(raw: string, policy: Policy): number {
  const bare = /^\d+(\.\d+)?$/.test(raw.trim());
  const mib = parseSizeMiB(raw, bare && Number(raw) >= 64 ? 'm' : 'g');
  if (mib === undefined) throw usage('memoryNotASize', echo(raw));
  if (mib < 16) throw usage('memoryTooSmall', echo(raw), raw.replace(/\D+$/, ''));
  checkLimit('memory', raw, mib, policy);
  return mib;
}

/** Disk in whole GiB. A bare number means GiB (`--disk 40`). */
export function readDiskGiB(raw: string, policy: Policy): number {
  const mib = parseSizeMiB(raw, 'g');
  if (mib === undefined) throw usage('diskNotASize', echo(raw));
  if (mib % 1024 !== 0) throw usage('diskNotWhole', echo(raw), Math.ceil(mib / 1024));
  checkLimit('disk', raw, mib / 1024, policy);
  return mib / 1024;
}
