/** One option of a command, as the parser reads it and the help shows it. */
export interface FlagSpec {
  readonly name: string;
  readonly takesValue: boolean;
  readonly repeatable: boolean;
  /** What the help shows after the flag (`N`, `SIZE`), and a value for examples in hints. */
  readonly placeholder: string;
  readonly example: string;
}

/** How messages and help name a command; the help catalogues (src/core/i18n/help-*.ts) key its words by it. */
export type CommandName =
  | 'vm create'
  | 'vm list'
  | 'vm status'
  | 'vm start|stop|reboot'
  | 'vm destroy'
  | 'approve'
  | 'reject'
  | 'rollback'
  | 'templates'
  | 'help';

/** One command of the grammar. `paths` are the words that start it (`vm start`, `vm stop`...). */
export interface CommandSpec {
  readonly name: CommandName;
  readonly paths: readonly string[];
  readonly usage: string;
  readonly flags: readonly FlagSpec[];
  readonly examples: readonly string[];
}

function flag(name: string, placeholder: string, example: string, repeatable = false): FlagSpec {
  return { name, takesValue: true, repeatable, placeholder, example };
}

export const VM_CREATE: CommandSpec = {
  name: 'vm create',
  paths: ['vm create'],
  usage:
    'vm create NAME [--cores N] [--memory SIZE] [--disk SIZE] [--template NAME] [--node NODE] [--count N] [--ssh-key KEY]... [--tag TAG]... [--with ROLE,...]',
  flags: [
    flag('cores', 'N', '4'),
    flag('memory', 'SIZE', '8G'),
    flag('disk', 'SIZE', '40G'),
    flag('template', 'NAME', 'ubuntu-24.04'),
    flag('node', 'NODE', 'pve1'),
    flag('count', 'N', '3'),
    flag('ssh-key', 'KEY', '"ssh-ed25519 AAAA... you@host"', true),
    flag('tag', 'TAG', 'load-test', true),
    flag('with', 'ROLE,...', 'nginx,docker', true),
  ],
  examples: [
    'vm create web-01 --cores 4 --memory 8G --disk 40G',
    'vm create web --count 3 --template debian-12 --tag load-test',
    'vm create web-01 --with nginx,docker',
  ],
};

export const VM_LIST: CommandSpec = {
  name: 'vm list',
  paths: ['vm list'],
  usage: 'vm list [--mine]',
  flags: [{ name: 'mine', takesValue: false, repeatable: false, placeholder: '', example: '' }],
  examples: ['vm list', 'vm list --mine'],
};

function simple(name: CommandName, paths: string[], usage: string, examples: string[]): CommandSpec {
  return { name, paths, usage, flags: [], examples };
}

export const VM_STATUS = simple('vm status', ['vm status'], 'vm status NAME', ['vm status web-01']);
export const VM_POWER = simple(
  'vm start|stop|reboot',
  ['vm start', 'vm stop', 'vm reboot'],
  'vm start|stop|reboot NAME',
  ['vm start web-01', 'vm reboot web-01'],
);
export const VM_DESTROY = simple('vm destroy', ['vm destroy'], 'vm destroy NAME', ['vm destroy web-01']);
export const APPROVE = simple('approve', ['approve'], 'approve [REQUEST]', ['approve', 'approve R-7F3K']);
export const REJECT = simple('reject', ['reject'], 'reject [REQUEST] [reason...]', [
  'reject R-7F3K the disk is too big',
  'reject not needed any more',
]);
export const ROLLBACK = simple('rollback', ['rollback'], 'rollback [REQUEST]', [
  'rollback',
  'rollback R-7F3K',
]);
export const TEMPLATES = simple('templates', ['templates'], 'templates', ['templates']);
export const HELP = simple('help', ['help'], 'help [command]', ['help vm create']);

export const COMMANDS: readonly CommandSpec[] = [
  VM_CREATE,
  VM_LIST,
  VM_STATUS,
  VM_POWER,
  VM_DESTROY,
  APPROVE,
  REJECT,
  ROLLBACK,
  TEMPLATES,
  HELP,
];

/** The words after `vm`. */
export const VM_SUBCOMMANDS = ['create', 'list', 'status', 'start', 'stop', 'reboot', 'destroy'] as const;
export type VmSubcommand = (typeof VM_SUBCOMMANDS)[number];

/** What people type for a vm command that has another name here. Only ever suggested, never run. */
export const VM_SYNONYMS: Readonly<Record<string, VmSubcommand>> = {
  new: 'create',
  add: 'create',
  make: 'create',
  ls: 'list',
  show: 'status',
  info: 'status',
  boot: 'start',
  up: 'start',
  halt: 'stop',
  shutdown: 'stop',
  restart: 'reboot',
  delete: 'destroy',
  remove: 'destroy',
  rm: 'destroy',
  del: 'destroy',
};

/** The first words ATLAS understands. */
export const COMMAND_WORDS = ['vm', 'approve', 'reject', 'rollback', 'templates', 'help'] as const;

/** The usage line without the list of options: `vm create NAME [options]`. */
export function shortUsage(command: CommandSpec): string {
  return command.flags.length > 1 ? `${command.usage.split(' [--')[0]} [options]` : command.usage;
}

export function commandFor(path: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.paths.includes(path));
}
