import type { AtlasError } from '../../domain/errors.ts';
import type { Policy } from '../../domain/policy.ts';
import { formatMiB } from '../../domain/size.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { errorMaker, listArg } from '../i18n/error-texts.ts';
import { findingErrorsEn } from '../i18n/finding-errors-en.ts';
import { type LimitKind, limitFor } from './limits.ts';
import { groupBy } from './words.ts';

type SizeKind = Exclude<LimitKind, 'count'>;

const fail = errorMaker(findingErrorsEn);

const VALUE: Record<SizeKind, (vm: VmSpec) => number> = {
  cores: (vm) => vm.cores,
  memory: (vm) => vm.memoryMiB,
  disk: (vm) => vm.diskGiB,
};

/** What a VM asks for, as shown: `64`, `128 GiB` (memory), `600` (disk in GiB). */
const SHOWN: Record<SizeKind, (vm: VmSpec) => string> = {
  cores: (vm) => String(vm.cores),
  memory: (vm) => formatMiB(vm.memoryMiB),
  disk: (vm) => String(vm.diskGiB),
};

/** Limits again, for VMs that did not come through the command grammar (the agent's tool calls). */
export function checkLimits(vms: readonly VmSpec[], policy: Policy): AtlasError[] {
  const findings: AtlasError[] = [];
  const count = limitFor('count', policy);
  if (vms.length > count.max) {
    findings.push(fail('policy', 'tooManyVms', vms.length, count.amount, count.setting));
  }
  for (const kind of ['cores', 'memory', 'disk'] as const) {
    const limit = limitFor(kind, policy);
    const over = vms.filter((vm) => VALUE[kind](vm) > limit.max);
    for (const [asked, group] of groupBy(over, SHOWN[kind])) {
      const names = listArg(group.map((vm) => vm.name));
      findings.push(fail('policy', 'sizeOverLimit', names, kind, asked, limit.amount, limit.setting));
    }
  }
  return findings;
}
