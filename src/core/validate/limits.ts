import type { Policy } from '../../domain/policy.ts';
import { formatMiB } from '../../domain/size.ts';

export type LimitKind = 'cores' | 'memory' | 'disk' | 'count';

/** A configured maximum, in words (`16 cores per VM`) and with the setting that raises it. */
export interface Limit {
  max: number;
  text: string;
  setting: string;
}

export function limitFor(kind: LimitKind, policy: Policy): Limit {
  const { maxCores, maxMemoryMiB, maxDiskGiB, maxCount } = policy.limits;
  switch (kind) {
    case 'cores':
      return { max: maxCores, text: `${maxCores} cores per VM`, setting: 'ATLAS_MAX_CORES' };
    case 'memory':
      return {
        max: maxMemoryMiB,
        text: `${formatMiB(maxMemoryMiB)} of memory per VM`,
        setting: 'ATLAS_MAX_MEMORY',
      };
    case 'disk':
      return { max: maxDiskGiB, text: `${maxDiskGiB} GiB of disk per VM`, setting: 'ATLAS_MAX_DISK' };
    case 'count':
      return { max: maxCount, text: `${maxCount} VMs per request`, setting: 'ATLAS_MAX_COUNT' };
  }
}

/** The limit `value` goes over (memory in MiB, disk in GiB), or undefined when it fits. */
export function overLimit(kind: LimitKind, value: number, policy: Policy): Limit | undefined {
  const limit = limitFor(kind, policy);
  return value > limit.max ? limit : undefined;
}

/** `Ask for at most 16 cores per VM, or ask an operator to raise ATLAS_MAX_CORES.` */
export function limitHint(limit: Limit): string {
  return `Ask for at most ${limit.text}, or ask an operator to raise ${limit.setting}.`;
}
