import { PolicyError } from '../../domain/errors.ts';
import type { Policy } from '../../domain/policy.ts';
import { formatMiB } from '../../domain/size.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { type LimitKind, limitFor, limitHint } from './limits.ts';
import { groupBy, listNames } from './words.ts';

type SizeKind = Exclude<LimitKind, 'count'>;

const VALUE: Record<SizeKind, (vm: VmSpec) => number> = {
  cores: (vm) => vm.cores,
  memory: (vm) => vm.memoryMiB,
  disk: (vm) => vm.diskGiB,
};

const ASKED: Record<SizeKind, (vm: VmSpec) => string> = {
  cores: (vm) => `${vm.cores} cores`,
  memory: (vm) => `${formatMiB(vm.memoryMiB)} of memory`,
  disk: (vm) => `a ${vm.diskGiB} GiB disk`,
};

/** Limits again, for VMs that did not come through the command grammar (the agent's tool calls). */
export function checkLimits(vms: readonly VmSpec[], policy: Policy): PolicyError[] {
  const findings: PolicyError[] = [];
  const count = limitFor('count', policy);
  if (vms.length > count.max) {
    findings.push(
      new PolicyError(
        `This request creates ${vms.length} VMs, more than the limit of ${count.text} (${count.setting}).`,
        limitHint(count),
      ),
    );
  }
  for (const kind of ['cores', 'memory', 'disk'] as const) {
    const limit = limitFor(kind, policy);
    const over = vms.filter((vm) => VALUE[kind](vm) > limit.max);
    for (const [asked, group] of groupBy(over, ASKED[kind])) {
      const who = listNames(group.map((vm) => vm.name));
      const verb = group.length > 1 ? `ask for ${asked} each` : `asks for ${asked}`;
      findings.push(
        new PolicyError(
          `${who} ${verb}, more than the limit of ${limit.text} (${limit.setting}).`,
          limitHint(limit),
        ),
      );
    }
  }
  return findings;
}
