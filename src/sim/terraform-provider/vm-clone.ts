// Create = a clone of the template onto the VM's node. PVE clones straight to another node only when
// the template's disks are on shared storage; otherwise the clone is made beside the template and then
// migrated with its disks, as bpg/proxmox does.
import { volumeStorages } from '../../proxmox/clone-route.ts';
import { isLockTimeout } from '../../proxmox/index.ts';
import { pause } from '../../proxmox/wait.ts';
import { type PveContext, waitTask } from './pve-context.ts';
import type { CloneArgs, VmArgs } from './vm-args.ts';
import { requireVm } from './vm-locate.ts';

interface Route {
  source: string;
  target: string | undefined;
  migrate: boolean;
}

export async function cloneVm(ctx: PveContext, args: VmArgs, clone: CloneArgs, vmid: number): Promise<void> {
  const source = clone.node_name ?? (await requireVm(ctx, clone.vm_id, 'The template VM')).node;
  const route = await routeOf(ctx, source, clone.vm_id, args.node_name);
  const full = clone.full ?? true;
  const params = {
    newid: vmid,
    full,
    ...(args.name ? { name: args.name } : {}),
    ...(args.description ? { description: args.description } : {}),
    ...(full && clone.datastore_id ? { storage: clone.datastore_id } : {}),
    ...(route.target ? { target: route.target } : {}),
  };
  const tries = 1 + Math.max(0, clone.retries ?? 1);
  for (let attempt = 1; ; attempt += 1) {
    try {
      ctx.signal.throwIfAborted();
      const upid = await ctx.api.nodes.$(source).qemu.$(clone.vm_id).clone.$post(params);
      await waitTask(ctx, source, upid);
      break;
    } catch (error) {
      if (!isLockTimeout(error) || attempt >= tries) throw error;
      ctx.log.warn({ vmid, template: clone.vm_id, attempt }, 'the template is locked; cloning again');
      await pause(ctx.timing.lockBackoffMs * attempt, ctx.signal);
    }
  }
  if (route.migrate) await migrate(ctx, vmid, source, args.node_name, clone.datastore_id);
}

async function routeOf(ctx: PveContext, source: string, template: number, node: string): Promise<Route> {
  if (source === node) return { source, target: undefined, migrate: false };
  const [config, storages] = await Promise.all([
    ctx.inventory.vmConfig(source, template),
    ctx.inventory.storages(source),
  ]);
  const shared = new Set(storages.filter((s) => s.shared === true).map((s) => s.storage));
  const used = volumeStorages(config as Record<string, unknown>);
  if (used.length > 0 && used.every((s) => shared.has(s))) return { source, target: node, migrate: false };
  return { source, target: undefined, migrate: true };
}

async function migrate(
  ctx: PveContext,
  vmid: number,
  from: string,
  to: string,
  storage: string | null,
): Promise<void> {
  ctx.log.info({ vmid, from, to }, 'moving the clone to its node');
  const upid = await ctx.api.nodes
    .$(from)
    .qemu.$(vmid)
    .migrate.$post({ target: to, ...(storage ? { targetstorage: storage } : {}) });
  await waitTask(ctx, from, upid);
}
