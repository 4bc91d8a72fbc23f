// PlanResourceChange for the VM: the schema's planning rules, plus what replaces the VM (node,
// identifier, template), which updates make the addresses "known after apply", and disks that would shrink.
import { isObject, sameValue, UNKNOWN, type Value, type ValueObject } from './cty-value.ts';
import { type Diagnostic, errorDiagnostic, type PathStep } from './diagnostics.ts';
import { planBlock } from './plan-block.ts';
import { vmSchema } from './vm-schema.ts';

export interface VmPlan {
  planned: ValueObject | null;
  requiresReplace: PathStep[][];
  diagnostics: Diagnostic[];
}

/** Computed from the guest agent; a restart or a NIC change can change them. */
export const NETWORK_ATTRIBUTES = [
  'ipv4_addresses',
  'ipv6_addresses',
  'mac_addresses',
  'network_interface_names',
];
/** Changes that leave the running guest alone. */
const HOT_ATTRIBUTES = new Set(['name', 'description', 'tags', 'on_boot', 'clone', 'agent']);

export function planVm(config: ValueObject | null, prior: ValueObject | null): VmPlan {
  if (config === null) return { planned: null, requiresReplace: [], diagnostics: [] };
  const planned = planBlock(vmSchema, config, prior);
  if (prior === null) return { planned, requiresReplace: [], diagnostics: [] };
  const requiresReplace: PathStep[][] = [['node_name'], ['vm_id']];
  // An imported VM has no clone block in its state: adding the configuration's is no reason to replace it.
  if (Array.isArray(prior.clone) && prior.clone.length > 0) requiresReplace.push(['clone']);
  if (touchesGuest(planned, prior)) for (const name of NETWORK_ATTRIBUTES) planned[name] = UNKNOWN;
  return { planned, requiresReplace, diagnostics: shrinkingDisks(planned, prior) };
}

function touchesGuest(planned: ValueObject, prior: ValueObject): boolean {
  const agentTimeoutOnly = sameValue(enabledOf(planned.agent), enabledOf(prior.agent));
  return Object.keys(planned).some((name) => {
    if (NETWORK_ATTRIBUTES.includes(name) || name === 'id') return false;
    if (name === 'agent') return !agentTimeoutOnly;
    return !HOT_ATTRIBUTES.has(name) && !sameValue(planned[name] ?? null, prior[name] ?? null);
  });
}

function enabledOf(agent: Value | undefined): Value {
  const first = Array.isArray(agent) ? agent[0] : undefined;
  return isObject(first) ? (first.enabled ?? null) : false;
}

function shrinkingDisks(planned: ValueObject, prior: ValueObject): Diagnostic[] {
  const before = new Map<string, number>();
  for (const disk of Array.isArray(prior.disk) ? prior.disk : []) {
    if (isObject(disk) && typeof disk.interface === 'string' && typeof disk.size === 'number')
      before.set(disk.interface, disk.size);
  }
  const disks = Array.isArray(planned.disk) ? planned.disk : [];
  return disks.flatMap((disk, i) => {
    if (!isObject(disk) || typeof disk.interface !== 'string' || typeof disk.size !== 'number') return [];
    const size = before.get(disk.interface);
    if (size === undefined || disk.size >= size) return [];
    return [
      errorDiagnostic(
        'Disks cannot shrink',
        `Disk ${disk.interface} is ${size} GiB; Proxmox cannot shrink it to ${disk.size} GiB. Set size to ${size} or more.`,
        ['disk', i, 'size'],
      ),
    ];
  });
}
