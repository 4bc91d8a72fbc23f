// Where a VM is in the cluster now (it may have migrated since Terraform last looked).
import { AtlasError } from '../../domain/errors.ts';
import type { PveContext } from './pve-context.ts';

export interface VmPlace {
  vmid: number;
  node: string;
  name: string | undefined;
  template: boolean;
}

export async function findVm(ctx: PveContext, vmid: number): Promise<VmPlace | undefined> {
  const row = (await ctx.inventory.resources()).find((r) => r.vmid === vmid && r.type !== 'lxc');
  if (!row) return undefined;
  return { vmid, node: row.node, name: row.name, template: row.template === true };
}

export async function requireVm(ctx: PveContext, vmid: number, what: string): Promise<VmPlace> {
  const place = await findVm(ctx, vmid);
  if (place) return place;
  throw new AtlasError('not_found', `${what} ${vmid} does not exist in the Proxmox cluster.`, {
    hint: 'Check the VM identifier against the cluster (Datacenter > Search in the Proxmox web UI).',
  });
}
