import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMAND_DESCRIPTIONS_IT } from './command-descriptions-it.ts';

/** A VM name with autocomplete from the caller's VMs. */
const VM_NAME: APIApplicationCommandBasicOption = {
  type: Option.String,
  name: 'name',
  description: 'The VM (suggestions: your VMs first)',
  required: true,
  autocomplete: true,
  max_length: 63,
};

const CREATE_OPTIONS: APIApplicationCommandBasicOption[] = [
  {
    type: Option.String,
    name: 'name',
    description: 'Name of the VM, a DNS label: web-01',
    required: true,
    max_length: 63,
  },
  { type: Option.Integer, name: 'cores', description: 'CPU cores, e.g. 4', min_value: 1, max_value: 512 },
  { type: Option.String, name: 'memory', description: 'Memory, e.g. 8G or 4096M', max_length: 20 },
  { type: Option.String, name: 'disk', description: 'Disk size, e.g. 40G', max_length: 20 },
  {
    type: Option.String,
    name: 'template',
    description: 'Template to clone',
    autocomplete: true,
    max_length: 63,
  },
  {
    type: Option.String,
    name: 'node',
    description: 'Proxmox node (default: ATLAS places it)',
    autocomplete: true,
    max_length: 63,
  },
  {
    type: Option.Integer,
    name: 'count',
    description: 'How many VMs: web → web-1, web-2, …',
    min_value: 1,
    max_value: 50,
  },
  { type: Option.String, name: 'ssh-key', description: 'One OpenSSH public key line', max_length: 1000 },
  { type: Option.String, name: 'tag', description: 'A Proxmox tag for the VM', max_length: 40 },
  { type: Option.String, name: 'with', description: 'Roles or profiles, e.g. nginx,docker', max_length: 200 },
];

function vmCommand(name: string, description: string): APIApplicationCommandSubcommandOption {
  return { type: Option.Subcommand, name, description, options: [VM_NAME] };
}

const REQUEST: APIApplicationCommandBasicOption = {
  type: Option.String,
  name: 'request',
  description: 'Request id, e.g. R-7F3K (default: the one waiting in this thread)',
  max_length: 12,
};

interface Described {
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  options?: readonly unknown[];
}

/** Every description of the tree gets its Italian twin (Discord shows it to Italian clients). */
function localized<T>(item: T, parent = ''): T {
  const described = item as unknown as Described;
  const path = parent ? `${parent} ${described.name}` : described.name;
  const italian = COMMAND_DESCRIPTIONS_IT[path];
  const options = described.options?.map((option) => localized(option, path));
  return {
    ...item,
    ...(italian ? { description_localizations: { it: italian } } : {}),
    ...(options ? { options } : {}),
  };
}

/**
 * The `/atlas` slash command: the grammar's commands as subcommands with typed options. The adapter
 * turns the options back into the command text the grammar parses, so every rule stays in one place.
 * manifests/discord-commands.json is this list (a test keeps the two equal).
 */
const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    type: ApplicationCommandType.ChatInput,
    name: 'atlas',
    description: 'Ask ATLAS for Proxmox VMs: create, list, power, approve',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      {
        type: Option.SubcommandGroup,
        name: 'vm',
        description: 'Virtual machines',
        options: [
          {
            type: Option.Subcommand,
            name: 'create',
            description: 'Create VMs (planned, then approved before anything changes)',
            options: CREATE_OPTIONS,
          },
          {
            type: Option.Subcommand,
            name: 'list',
            description: 'List the VMs ATLAS manages',
            options: [{ type: Option.Boolean, name: 'mine', description: 'Only the VMs you asked for' }],
          },
          vmCommand('status', 'State, node, size and IP of a VM'),
          vmCommand('start', 'Power a VM on (runs at once)'),
          vmCommand('stop', 'Power a VM off (runs at once)'),
          vmCommand('reboot', 'Restart a VM (runs at once)'),
          vmCommand('destroy', 'Delete a VM and its disks (needs approval)'),
        ],
      },
      { type: Option.Subcommand, name: 'approve', description: 'Approve a plan', options: [REQUEST] },
      {
        type: Option.Subcommand,
        name: 'reject',
        description: 'Reject a plan, with a reason',
        options: [
          REQUEST,
          {
            type: Option.String,
            name: 'reason',
            description: 'Why (the requester sees it)',
            max_length: 500,
          },
        ],
      },
      {
        type: Option.Subcommand,
        name: 'rollback',
        description: 'Remove what a failed create made (default: the failed request in this thread)',
        options: [
          { ...REQUEST, description: 'Request id, e.g. R-7F3K (default: the failed one in this thread)' },
        ],
      },
      { type: Option.Subcommand, name: 'templates', description: 'The templates VMs can be created from' },
      {
        type: Option.Subcommand,
        name: 'help',
        description: 'How to use ATLAS (only you see it)',
        options: [
          { type: Option.String, name: 'command', description: 'A command, e.g. vm create', max_length: 40 },
        ],
      },
    ],
  },
];

export const DISCORD_COMMANDS: RESTPutAPIApplicationCommandsJSONBody = COMMANDS.map((command) =>
  localized(command),
);
