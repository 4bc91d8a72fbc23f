// Disks: a disk the clone has is moved to its datastore and grown to its size; a missing one is
// allocated. Disks never shrink (PVE cannot), which the plan already refuses for known sizes.
import { AtlasError } from '../../domain/errors.ts';
import { type PveContext, waitTask } from './pve-context.ts';
import { parseDisk } from './pve-formats.ts';
import type { DiskArgs } from './vm-args.ts';
import type { PveConfig } from './vm-config-changes.ts';

type DiskKey = 'scsi0';

export async function convergeDisks(
  ctx: PveContext,
  node: string,
  vmid: number,
  disks: readonly DiskArgs[],
  config: PveConfig,
): Promise<void> {
  const qemu = ctx.api.nodes.$(node).qemu.$(vmid);
  for (const disk of disks) {
    ctx.signal.throwIfAborted();
    // proxmox-api types the disk parameter as PVE's enum of disk keys; validation allowed only those.
    const key = disk.interface as DiskKey;
    const storage = disk.datastore_id ?? 'local-lvm';
    const size = disk.size ?? 8;
    const value = config[disk.interface];
    if (typeof value !== 'string') {
      await qemu.config.$put({ [disk.interface]: `${storage}:${size}` } as Record<string, string>);
      continue;
    }
    const facts = parseDisk(value);
    if (facts.storage !== storage) {
      ctx.log.info({ vmid, disk: disk.interface, storage }, 'moving the disk');
      await waitTask(ctx, node, await qemu.move_disk.$post({ disk: key, storage, delete: true }));
    }
    const current = facts.sizeGiB ?? 0;
    if (size < current) throw shrinkError(vmid, disk.interface, current, size);
    if (size > current) {
      ctx.log.info({ vmid, disk: disk.interface, size }, 'growing the disk');
      await waitTask(ctx, node, await qemu.resize.$put({ disk: key, size: `${size}G` }));
    }
  }
}

export function shrinkError(vmid: number, disk: string, current: number, wanted: number): AtlasError {
  return new AtlasError(
    'invalid_state',
    `Disk ${disk} of VM ${vmid} is ${current} GiB; Proxmox cannot shrink it to ${wanted} GiB.`,
    { hint: `Set size to ${current} or more.` },
  );
}
