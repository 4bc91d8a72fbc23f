import { AtlasError } from '../domain/errors.ts';
import type { TemplateInfo } from '../domain/inventory.ts';
import { ownerTag } from '../domain/owner-tag.ts';
import type { PlanAction, PlannedVm } from '../domain/plan.ts';
import type { VmSpec } from '../domain/vm-spec.ts';
import { choosePlacement, type NodeResources, type Placement } from './choose-placement.ts';
import type { ProxmoxInventory } from './proxmox-inventory.ts';
import type { VmidAllocator } from './vmid-allocator.ts';

export interface CreatePlanner {
  inventory: ProxmoxInventory;
  allocator: VmidAllocator;
  ciUser: string;
}

/** One create-vm action per spec: node, template, storage, bridge, a reserved VMID, cloud-init, tags. */
export async function planCreate(
  planner: CreatePlanner,
  requestId: string,
  specs: readonly VmSpec[],
): Promise<PlanAction[]> {
  const { inventory } = planner;
  const [nodes, { templates, vms, vmids }] = await Promise.all([inventory.nodes(), inventory.guests()]);
  assertNamesFree(specs, vms);
  const reservedMiB = new Map<string, number>();
  const taken = new Set<number>();
  const resources = new Map<string, Promise<NodeResources>>();
  const actions: PlanAction[] = [];
  for (const spec of specs) {
    const placement = await choosePlacement(inventory, { spec, nodes, templates, reservedMiB, resources });
    const vmid = await planner.allocator.allocate(`${requestId}/${spec.name}`, taken, vmids);
    taken.add(vmid);
    reservedMiB.set(placement.node.name, (reservedMiB.get(placement.node.name) ?? 0) + spec.memoryMiB);
    actions.push({ kind: 'create-vm', vm: plannedVm(spec, placement, vmid, planner.ciUser, requestId) });
  }
  return actions;
}

function plannedVm(
  spec: VmSpec,
  placement: Placement,
  vmid: number,
  ciUser: string,
  requestId: string,
): PlannedVm {
  const template: TemplateInfo = placement.template;
  return {
    name: spec.name,
    vmid,
    node: placement.node.name,
    template: { name: template.name, vmid: template.vmid, node: template.node },
    cores: spec.cores,
    memoryMiB: spec.memoryMiB,
    diskGiB: Math.max(spec.diskGiB, template.diskGiB ?? 0),
    storage: placement.storage,
    bridge: placement.bridge,
    ciUser,
    sshKeys: [...spec.sshKeys],
    ipConfig: 'ip=dhcp',
    tags: [...new Set([...spec.tags, 'atlas', ownerTag(requestId)])],
  };
}

function assertNamesFree(
  specs: readonly VmSpec[],
  vms: readonly { name: string; vmid: number; node: string }[],
): void {
  const names = specs.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice)
    throw new AtlasError('usage', `The request names ${twice} twice.`, {
      hint: 'Give every VM its own name.',
    });
  for (const spec of specs) {
    const clash = vms.find((v) => v.name === spec.name);
    if (clash) {
      throw new AtlasError(
        'conflict',
        `A VM named ${spec.name} already exists (vmid ${clash.vmid} on ${clash.node}).`,
        {
          hint: 'Choose another name, or destroy the existing VM first.',
        },
      );
    }
  }
}
