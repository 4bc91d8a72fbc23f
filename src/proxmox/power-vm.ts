import { AtlasError } from '../domain/errors.ts';
import type { PowerAction } from '../domain/intent.ts';
import type { VmRef } from '../domain/vm-spec.ts';
import { vmStatus } from './boot-step.ts';
import { type EngineContext, waitIfTask } from './engine-context.ts';
import { locateVm } from './locate-vm.ts';
import { inStep } from './step-context.ts';

const VERB: Record<PowerAction, string> = { start: 'Starting', stop: 'Stopping', reboot: 'Rebooting' };

/** start / stop / reboot, waiting for the task. Starting a running VM or stopping a stopped one does nothing. */
export async function powerVm(ctx: EngineContext, ref: VmRef, action: PowerAction): Promise<void> {
  await inStep(`${VERB[action]} ${ref.name} (vmid ${ref.vmid})`, async () => {
    const vm = await locateVm(ctx.inventory, ref);
    if (!vm) {
      throw new AtlasError('not_found', `${ref.name} (vmid ${ref.vmid}) does not exist any more.`, {
        hint: 'See what exists with /atlas vm list.',
      });
    }
    const status = await vmStatus(ctx, vm.node, vm.vmid);
    if ((action === 'start' && status === 'running') || (action === 'stop' && status === 'stopped')) return;
    if (action === 'reboot' && status !== 'running') {
      throw new AtlasError('invalid_state', `${vm.name} is ${status}, so it cannot reboot.`, {
        hint: `Start it with /atlas vm start ${vm.name}.`,
      });
    }
    const lifecycle = ctx.api.nodes.$(vm.node).qemu.$(vm.vmid).status;
    const call = action === 'start' ? lifecycle.start : action === 'stop' ? lifecycle.stop : lifecycle.reboot;
    await waitIfTask(ctx, vm.node, await call.$post(), undefined);
  });
}
