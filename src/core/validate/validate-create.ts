import type { AtlasError } from '../../domain/errors.ts';
import type { NodeInfo, TemplateInfo, VmInfo } from '../../domain/inventory.ts';
import type { Policy } from '../../domain/policy.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { checkDisks } from './check-disks.ts';
import { checkLimits } from './check-limits.ts';
import { checkMemory } from './check-memory.ts';
import { checkNames } from './check-names.ts';
import { checkNodes } from './check-nodes.ts';
import { checkTemplates } from './check-templates.ts';

/** What the cluster looks like now, as the inventory reports it. */
export interface World {
  templates: TemplateInfo[];
  nodes: NodeInfo[];
  vms: VmInfo[];
}

/**
 * Everything wrong with creating `vms` in `world` under `policy`: limits, templates, nodes, names,
 * disk sizes and free memory. Each finding says what is wrong and what to do. Empty means fine.
 */
export function validateCreate(vms: VmSpec[], world: World, policy: Policy): AtlasError[] {
  return [
    ...checkLimits(vms, policy),
    ...checkTemplates(vms, world.templates),
    ...checkNodes(vms, world.nodes),
    ...checkNames(vms, world.vms),
    ...checkDisks(vms, world.templates),
    ...checkMemory(vms, world.nodes),
  ];
}
