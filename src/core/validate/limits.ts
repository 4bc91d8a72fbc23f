import type { Policy } from '../../domain/policy.ts';
import { formatMiB } from '../../domain/size.ts';
import { limitHintEn, limitTextEn } from '../i18n/finding-errors-en.ts';

export type LimitKind = 'cores' | 'memory' | 'disk' | 'count';

/**
 * A configured maximum: `amount` as it is shown (`16`, `64 GiB` for memory), in English words (`text`:
 * `16 cores per VM`) and with the setting that raises it. Catalogues word it again from kind and amount.
 */
export interface Limit {
  kind: LimitKind;
  max: number;
  amount: string;
  text: string;
  setting: string;
}

const SETTING: Record<LimitKind, string> = {
  cores: 'ATLAS_MAX_CORES',
  memory: 'ATLAS_MAX_MEMORY',
  disk: 'ATLAS_MAX_DISK',
  count: 'ATLAS_MAX_COUNT',
};

function maxOf(kind: LimitKind, policy: Policy): number {
  const { maxCores, maxMemoryMiB, maxDiskGiB, maxCount } = policy.limits;
  return { cores: maxCores, memory: maxMemoryMiB, disk: maxDiskGiB, count: maxCount }[kind];
}

export function limitFor(kind: LimitKind, policy: Policy): Limit {
  const max = maxOf(kind, policy);
  const amount = kind === 'memory' ? formatMiB(max) : String(max);
  return { kind, max, amount, text: limitTextEn(kind, amount), setting: SETTING[kind] };
}

/** The limit `value` goes over (memory in MiB, disk in GiB), or undefined when it fits. */
export function overLimit(kind: LimitKind, value: number, policy: Policy): Limit | undefined {
  const limit = limitFor(kind, policy);
  return value > limit.max ? limit : undefined;
}

/** `Ask for at most 16 cores per VM, or ask an operator to raise ATLAS_MAX_CORES.` */
export function limitHint(limit: Limit): string {
  return limitHintEn(limit.text, limit.setting);
}
