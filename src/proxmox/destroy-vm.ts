import { progressLine } from '../domain/progress/progress-line.ts';
import type { VmRef } from '../domain/vm-spec.ts';
import { vmStatus } from './boot-step.ts';
import { type EngineContext, type StepScope, waitIfTask } from './engine-context.ts';
import { locateVm } from './locate-vm.ts';
import { inStep } from './step-context.ts';

/** Stops the VM when it runs, then deletes it with its disks and its references. Gone already is fine. */
export async function destroyVm(ctx: EngineContext, scope: StepScope, ref: VmRef): Promise<void> {
  await inStep(`Destroying ${ref.name} (vmid ${ref.vmid})`, async () => {
    const vm = await locateVm(ctx.inventory, ref);
    if (!vm) {
      await scope.report({ ...progressLine('alreadyGone', ref.name, ref.vmid), vm: ref.name });
      return;
    }
    const qemu = ctx.api.nodes.$(vm.node).qemu.$(vm.vmid);
    if ((await vmStatus(ctx, vm.node, vm.vmid)) !== 'stopped') {
      await scope.report({ ...progressLine('stopping', vm.name, vm.node), vm: vm.name });
      await waitIfTask(ctx, vm.node, await qemu.status.stop.$post(), scope.signal);
    }
    scope.signal?.throwIfAborted();
    await scope.report({ ...progressLine('destroying', vm.name, vm.vmid, vm.node), vm: vm.name });
    const upid = await qemu.$delete({ purge: true, 'destroy-unreferenced-disks': true });
    await waitIfTask(ctx, vm.node, upid, scope.signal);
    await scope.report({ ...progressLine('destroyed', vm.name), vm: vm.name });
  });
}
