// POST /nodes/{node}/qemu/{vmid}/clone → UPID (qmclone, id = the source). Checks what PVE checks before
// it forks the worker (500s); the worker locks the source and the new VMID, creates the new config with
// `lock: clone`, copies the disks for `taskMs`, then writes the final config.
import type { Handler, SimCall, SimContext } from '../context.ts';
import { storageOf, volumeOf } from '../disks.ts';
import { SimError } from '../sim-error.ts';
import { imageStorage, isShared, storagesOf } from '../storage.ts';
import type { TaskControl } from '../tasks.ts';
import type { SimNode, SimVm } from '../types.ts';
import { isTemplate } from '../vm-facts.ts';
import { type CloneShape, cloneConfig } from './clone-config.ts';
import { clusterNode, flag, vmOnNode } from './common.ts';

function exists(newid: number): SimError {
  return new SimError(500, `unable to create VM ${newid}: config file already exists`);
}

function checkStorage(ctx: SimContext, target: SimNode, storage: string): void {
  if (imageStorage(ctx.state, target, storage)) return;
  const known = storagesOf(ctx.state, target).some((candidate) => candidate.name === storage);
  throw new SimError(
    500,
    known
      ? `storage '${storage}' does not support content-type 'images'`
      : `storage '${storage}' does not exist`,
  );
}

/** What PVE checks before it forks the clone worker; returns the node the clone will live on. */
function checkClone(ctx: SimContext, call: SimCall, source: SimVm, shape: CloneShape): SimNode {
  const target = clusterNode(ctx, call.params.target ?? source.node);
  if (ctx.state.vm(shape.newid)) throw exists(shape.newid);
  if (!shape.full && !isTemplate(source))
    throw new SimError(500, 'linked clone feature is only available for templates');
  if (call.params.storage !== undefined && !shape.full)
    throw new SimError(500, "parameter 'storage' not allowed for linked clones");
  if (shape.storage !== undefined) checkStorage(ctx, target, shape.storage);
  const local = volumeKeys(source).some((key) => !isShared(ctx.state, storageOf(source.config[key])));
  if (target.name !== source.node && local) {
    throw new SimError(500, `can't clone VM to node '${target.name}' (VM uses local storage)`);
  }
  return target;
}

function volumeKeys(vm: SimVm): string[] {
  return Object.keys(vm.config).filter(
    (key) => /^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$/.test(key) && String(vm.config[key]).includes(':'),
  );
}

interface CloneJob {
  source: SimVm;
  shape: CloneShape;
  target: SimNode;
}

async function copy(
  ctx: SimContext,
  control: TaskControl,
  { source, shape, target }: CloneJob,
): Promise<void> {
  await control.lock(source.vmid, shape.newid);
  if (ctx.state.vm(shape.newid)) throw exists(shape.newid);
  const clone = ctx.state.putVm({
    vmid: shape.newid,
    node: source.node,
    status: 'stopped',
    config: { lock: 'clone' },
  });
  const disk = volumeOf(source.config.scsi0 ?? source.config.virtio0);
  control.log(`create ${shape.full ? 'full' : 'linked'} clone of drive scsi0 (${disk})`);
  try {
    await control.work();
  } catch (error) {
    ctx.state.removeVm(shape.newid);
    throw error;
  }
  if (shape.full) control.log(`  Logical volume "vm-${shape.newid}-disk-0" created.`);
  clone.config = cloneConfig(source, shape);
  clone.node = target.name;
  if (shape.full) control.log('transferred 100% of the disk (done)');
}

export const cloneVm: Handler = (ctx, call) => {
  const source = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  const full = flag(call.params.full) ?? !isTemplate(source);
  const shape: CloneShape = {
    newid: Number(call.params.newid),
    name: call.params.name,
    description: call.params.description,
    full,
    storage: full ? (call.params.storage ?? storageOf(source.config.scsi0)) : undefined,
  };
  const target = checkClone(ctx, call, source, shape);
  const task = ctx.tasks.start({
    node: source.node,
    type: 'qmclone',
    id: source.vmid,
    user: call.user,
    run: async (control) => {
      await copy(ctx, control, { source, shape, target });
      if (call.params.pool !== undefined) {
        const clone = ctx.state.vm(shape.newid);
        if (clone) clone.pool = call.params.pool;
      }
    },
  });
  return task.upid;
};
