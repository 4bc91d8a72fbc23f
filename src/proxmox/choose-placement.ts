import { AtlasError } from '../domain/errors.ts';
import type { NodeInfo, TemplateInfo } from '../domain/inventory.ts';
import { formatMiB } from '../domain/size.ts';
import type { VmSpec } from '../domain/vm-spec.ts';
import { chooseNode, freeMemoryMiB } from './placement.ts';
import type { ProxmoxInventory } from './proxmox-inventory.ts';

export interface Placement {
  node: NodeInfo;
  template: TemplateInfo;
  storage: string;
  bridge: string;
}

export interface NodeResources {
  storage: string | undefined;
  bridge: string | undefined;
}

export interface PlacementInput {
  spec: VmSpec;
  nodes: readonly NodeInfo[];
  templates: readonly TemplateInfo[];
  /** Memory promised to VMs placed earlier in the same plan, by node. */
  reservedMiB: ReadonlyMap<string, number>;
  /** Storage and bridge per node, looked up once per plan. */
  resources: Map<string, Promise<NodeResources>>;
}

/** Where one VM goes: its node, the template copy to clone, the storage for its disk and its bridge. */
export async function choosePlacement(
  inventory: ProxmoxInventory,
  input: PlacementInput,
): Promise<Placement> {
  const { spec } = input;
  const node = spec.node === undefined ? pickNode(input) : givenNode(input.nodes, spec.node);
  const template = findTemplate(input.templates, spec.template, node.name);
  let found = input.resources.get(node.name);
  if (!found) {
    found = Promise.all([inventory.storageFor(node.name), inventory.bridgeFor(node.name)]).then(
      ([storage, bridge]) => ({ storage, bridge }),
    );
    input.resources.set(node.name, found);
  }
  const { storage, bridge } = await found;
  if (!storage) {
    throw new AtlasError(
      'conflict',
      `Node ${node.name} has no active storage for VM disks (content "images").`,
      {
        hint: 'Choose another node with --node, or enable disk images on a storage of this node.',
      },
    );
  }
  if (!bridge)
    throw new AtlasError('conflict', `Node ${node.name} has no network bridge for the VM.`, {
      hint: 'Choose another node with --node.',
    });
  return { node, template, storage, bridge };
}

function givenNode(nodes: readonly NodeInfo[], name: string): NodeInfo {
  const node = nodes.find((n) => n.name === name);
  if (!node) {
    throw new AtlasError(
      'usage',
      `There is no node named ${name}. Nodes: ${nodes.map((n) => n.name).join(', ')}.`,
      {
        hint: 'Leave --node out to let ATLAS choose.',
      },
    );
  }
  if (!node.online)
    throw new AtlasError('conflict', `Node ${name} is offline.`, {
      hint: 'Leave --node out to let ATLAS choose.',
    });
  return node;
}

function pickNode(input: PlacementInput): NodeInfo {
  const node = chooseNode(input.nodes, input.spec.memoryMiB, input.reservedMiB);
  if (node) return node;
  const free = input.nodes
    .map(
      (n) =>
        `${n.name}: ${n.online ? `${formatMiB(Math.max(0, freeMemoryMiB(n) - (input.reservedMiB.get(n.name) ?? 0)))} free` : 'offline'}`,
    )
    .join(', ');
  throw new AtlasError(
    'conflict',
    `No online node has ${formatMiB(input.spec.memoryMiB)} of memory free for ${input.spec.name} (${free}).`,
    {
      hint: 'Ask for less memory, or ask an operator to free some up.',
    },
  );
}

/** The template of that name; the copy on the target node when there is one, else the lowest VMID. */
export function findTemplate(templates: readonly TemplateInfo[], name: string, node: string): TemplateInfo {
  const named = templates.filter((t) => t.name === name).sort((a, b) => a.vmid - b.vmid);
  const template = named.find((t) => t.node === node) ?? named[0];
  if (template) return template;
  const names = [...new Set(templates.map((t) => t.name))].sort();
  throw new AtlasError(
    'not_found',
    `There is no template named ${name}. Available: ${names.join(', ') || 'none'}.`,
    {
      hint: 'Use --template with one of these, or list them with /atlas templates.',
    },
  );
}
