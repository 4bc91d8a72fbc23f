import type { PlannedVm } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import { type EngineContext, type StepScope, waitIfTask } from './engine-context.ts';
import { inStep } from './step-context.ts';

/** Moves the (stopped) clone with its disks to the planned node when it was made beside its template. */
export async function ensureOnNode(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
  node: string,
): Promise<string> {
  if (node === vm.node) return node;
  await inStep(`Moving ${vm.name} (vmid ${vm.vmid}) from ${node} to ${vm.node}`, async () => {
    scope.signal?.throwIfAborted();
    await scope.report({ ...progressLine('moving', vm.name, node, vm.node, vm.storage), vm: vm.name });
    const upid = await ctx.api.nodes
      .$(node)
      .qemu.$(vm.vmid)
      .migrate.$post({ target: vm.node, targetstorage: vm.storage });
    await waitIfTask(ctx, node, upid, scope.signal);
  });
  return vm.node;
}
