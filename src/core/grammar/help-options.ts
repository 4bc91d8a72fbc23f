import type { Policy } from '../../domain/policy.ts';
import { formatMiB } from '../../domain/size.ts';
import { APPROVE, type CommandSpec, REJECT, VM_DESTROY } from './commands.ts';

/** What each option of `vm create` does, with the defaults and limits in force. */
export function createOptionLines(policy: Policy): string[] {
  const { defaults, limits } = policy;
  const tags = defaults.tags.length > 0 ? ` Every VM also gets: ${defaults.tags.join(', ')}.` : '';
  return [
    `\`--cores N\` CPU cores (default ${defaults.cores}, at most ${limits.maxCores}).`,
    `\`--memory SIZE\` memory: 4G, 4096M, 4 GiB, 1.5G (default ${formatMiB(defaults.memoryMiB)}, at most ${formatMiB(limits.maxMemoryMiB)}). A bare number below 64 means GiB (\`--memory 8\` is 8 GiB); from 64 up it means MiB (\`--memory 2048\` is 2 GiB).`,
    `\`--disk SIZE\` disk in whole GiB: 40G or just 40 (default ${defaults.diskGiB} GiB, at most ${limits.maxDiskGiB} GiB). Disks cannot be smaller than the template's.`,
    `\`--template NAME\` template to clone (default ${defaults.template}; \`/atlas templates\` lists them).`,
    '`--node NODE` Proxmox node to put the VMs on (default: ATLAS picks an online node with room).',
    `\`--count N\` how many VMs (default 1, at most ${limits.maxCount}): \`web-01 --count 3\` makes web-01, web-02, web-03; \`web --count 2\` makes web-01, web-02.`,
    '`--ssh-key KEY` an OpenSSH public key line, in quotes; repeat for more keys.',
    `\`--tag TAG\` a Proxmox tag; repeat it or separate tags with commas.${tags}`,
    '`--with ROLE,...` roles or profiles ATLAS sets up over SSH once the VM runs (e.g. nginx, docker; profiles such as web bundle roles).',
  ];
}

export const NAME_RULE = 'Names are DNS labels: a-z, 0-9 and "-", 1-63 characters, no "-" at either end.';

/** Policy facts a person needs for one command: how many approvals, who may approve. */
export function commandNotes(command: CommandSpec, policy: Policy): string[] {
  const approvals =
    policy.requiredApprovals === 1
      ? 'one approval'
      : `${policy.requiredApprovals} approvals from different approvers`;
  const self = policy.allowSelfApproval ? '' : ' The person who asked cannot approve their own request.';
  if (command === APPROVE) return [`Only approvers can approve; a plan needs ${approvals}.${self}`];
  if (command === REJECT)
    return ['The reason (up to 500 characters) is posted in the thread and kept with the request.'];
  if (command === VM_DESTROY) return [`Destroying is planned like a create and needs ${approvals}.`];
  return [];
}
