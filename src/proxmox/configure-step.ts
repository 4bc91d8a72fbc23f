import type { PlannedVm } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import type { SaidLine } from '../domain/progress/progress-text.ts';
import { bootDisk } from './boot-disk.ts';
import { type EngineContext, type StepScope, waitIfTask } from './engine-context.ts';
import { inStep } from './step-context.ts';
import { configChanges } from './vm-config.ts';

/** Writes cores, memory, cloud-init, NIC, agent, tags and description; skips what is already set. */
export async function ensureConfigured(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
  node: string,
): Promise<void> {
  await inStep(`Configuring ${vm.name} (vmid ${vm.vmid})`, async () => {
    scope.signal?.throwIfAborted();
    const changes = configChanges(await ctx.inventory.vmConfig(node, vm.vmid), vm, scope.requestId);
    const names = Object.keys(changes);
    if (names.length === 0) return;
    await scope.report({ ...configuringLine(vm, names), vm: vm.name });
    await ctx.api.nodes.$(node).qemu.$(vm.vmid).config.$put(changes);
  });
}

/** Grows the boot disk to the planned size; a disk already that large (or larger) is left alone. */
export async function ensureDiskSize(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
  node: string,
): Promise<void> {
  await inStep(`Resizing the disk of ${vm.name} (vmid ${vm.vmid})`, async () => {
    scope.signal?.throwIfAborted();
    const disk = bootDisk(await ctx.inventory.vmConfig(node, vm.vmid));
    if (!disk || disk.sizeGiB >= vm.diskGiB) return;
    await scope.report({ ...progressLine('growingDisk', disk.key, vm.name, vm.diskGiB), vm: vm.name });
    // bootDisk only returns keys of PVE's disk enum; proxmox-api types the parameter as that enum.
    const result = await ctx.api.nodes
      .$(node)
      .qemu.$(vm.vmid)
      .resize.$put({ disk: disk.key as 'scsi0', size: `${vm.diskGiB}G` });
    await waitIfTask(ctx, node, result, scope.signal);
  });
}

/** `configuring web-01: 2 cores, 2048 MiB, ipconfig0, tags`: the sizes first, then the other config keys. */
function configuringLine(vm: PlannedVm, names: readonly string[]): SaidLine {
  const keys = names.filter((n) => n !== 'cores' && n !== 'memory').join(', ');
  return names.includes('cores') || names.includes('memory')
    ? progressLine('configuringSize', vm.name, vm.cores, vm.memoryMiB, keys)
    : progressLine('configuring', vm.name, keys);
}
