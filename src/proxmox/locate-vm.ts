import { AtlasError } from '../domain/errors.ts';
import type { VmRef } from '../domain/vm-spec.ts';
import type { ProxmoxInventory } from './proxmox-inventory.ts';

/**
 * Where the VM a command names lives now (it may have migrated). Undefined when it is gone; an error
 * when its VMID now belongs to a VM with another name, so ATLAS never acts on the wrong machine.
 */
export async function locateVm(inventory: ProxmoxInventory, ref: VmRef): Promise<VmRef | undefined> {
  const row = (await inventory.resources()).find((r) => r.vmid === ref.vmid);
  if (!row) return undefined;
  if (row.name !== undefined && row.name !== ref.name) {
    throw new AtlasError('conflict', `VMID ${ref.vmid} is now ${row.name} on ${row.node}, not ${ref.name}.`, {
      hint: `Nothing was changed. Look ${ref.name} up again with /atlas vm status ${ref.name}.`,
    });
  }
  return { name: ref.name, vmid: ref.vmid, node: row.node };
}
