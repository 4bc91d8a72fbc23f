import { AtlasError } from '../../domain/errors.ts';
import type { NodeInfo } from '../../domain/inventory.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { rankByDistance } from '../grammar/edit-distance.ts';

/** A chosen node must exist and be online; with no node chosen, at least one must be online. */
export function checkNodes(vms: readonly VmSpec[], nodes: readonly NodeInfo[]): AtlasError[] {
  const online = nodes.filter((n) => n.online).map((n) => n.name);
  const chosen = [...new Set(vms.flatMap((vm) => (vm.node === undefined ? [] : [vm.node])))];
  const findings = chosen.flatMap((name) => {
    const node = nodes.find((n) => n.name === name);
    if (node?.online) return [];
    const hint =
      online.length === 0
        ? noneOnlineHint
        : `Online nodes: ${rankByDistance(name, online).join(', ')}. Or leave out --node and ATLAS picks one.`;
    return node
      ? [new AtlasError('invalid_state', `Node ${name} is offline.`, { hint })]
      : [new AtlasError('not_found', `There is no node "${name}".`, { hint })];
  });
  if (online.length === 0 && vms.some((vm) => vm.node === undefined)) {
    findings.push(
      new AtlasError('invalid_state', 'No Proxmox node is online, so there is nowhere to put the VMs.', {
        hint: noneOnlineHint,
      }),
    );
  }
  return findings;
}

const noneOnlineHint = 'No node is online right now; ask an operator to check the cluster.';
