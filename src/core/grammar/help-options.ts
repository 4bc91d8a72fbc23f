import type { Policy } from '../../domain/policy.ts';
import { formatMiB } from '../../domain/size.ts';
import type { CreateFacts, helpEn } from '../i18n/help-en.ts';
import { APPROVE, type CommandSpec, REJECT, VM_CREATE, VM_DESTROY } from './commands.ts';

type HelpWords = typeof helpEn;

/** The defaults and limits in force, as the option lines of `vm create` quote them. */
function createFacts(policy: Policy): CreateFacts {
  const { defaults, limits } = policy;
  return {
    cores: defaults.cores,
    maxCores: limits.maxCores,
    memory: formatMiB(defaults.memoryMiB),
    maxMemory: formatMiB(limits.maxMemoryMiB),
    disk: defaults.diskGiB,
    maxDisk: limits.maxDiskGiB,
    template: defaults.template,
    maxCount: limits.maxCount,
    tags: defaults.tags.join(', '),
  };
}

/** What each option of `vm create` does, with the defaults and limits in force, in the order of its flags. */
export function createOptionLines(policy: Policy, words: HelpWords): string[] {
  const facts = createFacts(policy);
  const lines: Readonly<Record<string, (facts: CreateFacts) => string>> = words.createOptions;
  return VM_CREATE.flags.flatMap((flag) => {
    const line = lines[flag.name];
    return line ? [line(facts)] : [];
  });
}

/** Policy facts a person needs for one command: how many approvals, who may approve. */
export function commandNotes(command: CommandSpec, policy: Policy, words: HelpWords): string[] {
  if (command === APPROVE) return [words.approveNote(policy.requiredApprovals, policy.allowSelfApproval)];
  if (command === REJECT) return [words.rejectNote];
  if (command === VM_DESTROY) return [words.destroyNote(policy.requiredApprovals)];
  return [];
}
