import type { CommandName } from '../grammar/commands.ts';

/** The policy facts the `vm create` option lines quote: numbers, sizes and names, no words. */
export interface CreateFacts {
  cores: number;
  maxCores: number;
  memory: string;
  maxMemory: string;
  disk: number;
  maxDisk: number;
  template: string;
  maxCount: number;
  /** The tags every VM gets, comma-separated; empty when there are none. */
  tags: string;
}

type OptionLine = (facts: CreateFacts) => string;

const approvals = (required: number) =>
  required === 1 ? 'one approval' : `${required} approvals from different approvers`;

/** The words of `/atlas help`, in English. Usage lines, command words and examples stay in commands.ts. */
export const helpEn = {
  overviewTitle: 'ATLAS commands',
  overviewIntro: 'Type a command after `/atlas` or a mention of ATLAS:',
  overviewOutro:
    'Details and examples: `/atlas help vm create`, `/atlas help approve`. You can also describe what you need in a sentence when the assistant is enabled.',
  noHelp: (typed: string, suggestion: string | undefined) =>
    `No help for "${typed}"${suggestion ? `; did you mean \`help ${suggestion}\`?` : '.'}`,
  commandTitle: (name: string) => `Help: ${name}`,
  usage: (usage: string) => `Usage: \`/atlas ${usage}\``,
  options: 'Options:',
  examples: 'Examples:',
  nameRule: 'Names are DNS labels: a-z, 0-9 and "-", 1-63 characters, no "-" at either end.',
  /** What each command does, keyed by its name in commands.ts. */
  summaries: {
    'vm create': 'create VMs from a template (planned, then approved before anything changes)',
    'vm list': 'list VMs (--mine: only the ones you asked for)',
    'vm status': 'show state, node, size and IP of a VM',
    'vm start|stop|reboot': 'power a VM on, off or restart it (runs at once, no approval)',
    'vm destroy': 'delete a VM and its disks (needs approval)',
    approve: 'approve a plan; without an id, the pending request of this thread',
    reject: 'reject a plan, with an optional reason; without an id, the pending request of this thread',
    rollback: 'remove what a failed create made; without an id, the failed request of this thread',
    templates: 'list the templates VMs can be created from',
    help: 'this overview, or the details of one command',
  } satisfies Record<CommandName, string>,
  /** What each option of `vm create` does, keyed by flag name, in the order of commands.ts. */
  createOptions: {
    cores: (f) => `\`--cores N\` CPU cores (default ${f.cores}, at most ${f.maxCores}).`,
    memory: (f) =>
      `\`--memory SIZE\` memory: 4G, 4096M, 4 GiB, 1.5G (default ${f.memory}, at most ${f.maxMemory}). A bare number below 64 means GiB (\`--memory 8\` is 8 GiB); from 64 up it means MiB (\`--memory 2048\` is 2 GiB).`,
    disk: (f) =>
      `\`--disk SIZE\` disk in whole GiB: 40G or just 40 (default ${f.disk} GiB, at most ${f.maxDisk} GiB). Disks cannot be smaller than the template's.`,
    template: (f) =>
      `\`--template NAME\` template to clone (default ${f.template}; \`/atlas templates\` lists them).`,
    node: () =>
      '`--node NODE` Proxmox node to put the VMs on (default: ATLAS picks an online node with room).',
    count: (f) =>
      `\`--count N\` how many VMs (default 1, at most ${f.maxCount}): \`web-01 --count 3\` makes web-01, web-02, web-03; \`web --count 2\` makes web-01, web-02.`,
    'ssh-key': () => '`--ssh-key KEY` an OpenSSH public key line, in quotes; repeat for more keys.',
    tag: (f) =>
      `\`--tag TAG\` a Proxmox tag; repeat it or separate tags with commas.${f.tags ? ` Every VM also gets: ${f.tags}.` : ''}`,
    with: () =>
      '`--with ROLE,...` roles or profiles ATLAS sets up over SSH once the VM runs (e.g. nginx, docker; profiles such as web bundle roles).',
  } satisfies Record<string, OptionLine>,
  approveNote: (required: number, selfApproval: boolean) =>
    `Only approvers can approve; a plan needs ${approvals(required)}.${selfApproval ? '' : ' The person who asked cannot approve their own request.'}`,
  rejectNote: 'The reason (up to 500 characters) is posted in the thread and kept with the request.',
  destroyNote: (required: number) => `Destroying is planned like a create and needs ${approvals(required)}.`,
};
