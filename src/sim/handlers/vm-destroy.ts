// DELETE /nodes/{node}/qemu/{vmid} → UPID (qmdestroy). A running or locked VM is refused at once (500).
import type { Handler } from '../context.ts';
import { diskKeys, volumeOf } from '../disks.ts';
import { SimError } from '../sim-error.ts';
import { checkUnlocked, flag, vmOnNode } from './common.ts';

export const destroyVm: Handler = (ctx, call) => {
  const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  if (vm.status === 'running') throw new SimError(500, `VM ${vm.vmid} is running - destroy failed`);
  checkUnlocked(vm, call.params.skiplock);
  const task = ctx.tasks.start({
    node: vm.node,
    type: 'qmdestroy',
    id: vm.vmid,
    user: call.user,
    run: async (control) => {
      await control.lock(vm.vmid);
      await control.work();
      for (const key of diskKeys(vm.config)) {
        const volume = volumeOf(vm.config[key]).split(/[:/]/).pop();
        control.log(`  Logical volume "${volume}" successfully removed.`);
      }
      if (flag(call.params.purge)) control.log(`purging VM ${vm.vmid} from related configurations..`);
      ctx.state.removeVm(vm.vmid);
    },
  });
  return task.upid;
};
