// POST /nodes/{node}/qemu/{vmid}/migrate → UPID (qmigrate). Stopped VMs move with their local disks;
// a running VM needs `online`. The config carries `lock: migrate` while the task runs.
import type { Handler } from '../context.ts';
import { SimError } from '../sim-error.ts';
import { checkUnlocked, clusterNode, flag, vmOnNode } from './common.ts';

export const migrateVm: Handler = (ctx, call) => {
  const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  const target = clusterNode(ctx, call.params.target ?? '');
  if (target.name === vm.node) throw new SimError(500, 'target is local node.');
  if (vm.status === 'running' && !flag(call.params.online)) {
    throw new SimError(500, "can't migrate running VM without --online");
  }
  checkUnlocked(vm, call.params.skiplock);
  const task = ctx.tasks.start({
    node: vm.node,
    type: 'qmigrate',
    id: vm.vmid,
    user: call.user,
    run: async (control) => {
      await control.lock(vm.vmid);
      vm.config.lock = 'migrate';
      control.log(`starting migration of VM ${vm.vmid} to node '${target.name}'`);
      try {
        await control.work();
        vm.node = target.name;
        control.log('migration finished successfully');
      } finally {
        delete vm.config.lock;
      }
    },
  });
  return task.upid;
};
