// POST /nodes/{node}/qemu/{vmid}/status/{start,stop,shutdown,reboot} → UPID. The checks PVE makes in the
// worker (already running, template, not enough host resources) end the task with that error.
import type { Handler, SimCall, SimContext } from '../context.ts';
import { SimError } from '../sim-error.ts';
import type { TaskControl } from '../tasks.ts';
import type { SimTaskType, SimVm } from '../types.ts';
import { nodeUsage } from '../usage.ts';
import { isTemplate, memoryMiB, vcpus } from '../vm-facts.ts';
import { checkUnlocked, clusterNode, vmOnNode } from './common.ts';

const MiB = 1024 ** 2;

function checkStart(ctx: SimContext, vm: SimVm, control: TaskControl): void {
  if (isTemplate(vm)) throw new SimError(500, "you can't start a vm if it's a template");
  if (vm.status === 'running') throw new SimError(500, `VM ${vm.vmid} already running`);
  const node = clusterNode(ctx, vm.node);
  if (vcpus(vm) > node.cpus) throw new SimError(500, `MAX ${node.cpus} vcpus allowed per VM on this node`);
  const usage = nodeUsage(ctx.state, node);
  if (memoryMiB(vm) * MiB > usage.maxmemBytes - usage.memBytes) {
    control.log("kvm: cannot set up guest memory 'pc.ram': Cannot allocate memory");
    throw new SimError(500, 'start failed: QEMU exited with code 1');
  }
}

type Effect = (ctx: SimContext, vm: SimVm, control: TaskControl) => Promise<void>;

const EFFECTS: Record<string, [SimTaskType, Effect]> = {
  start: [
    'qmstart',
    async (ctx, vm, control) => {
      checkStart(ctx, vm, control);
      control.log('generating cloud-init ISO');
      await control.work();
      ctx.state.markRunning(vm, ctx.options.agentIpDelayMs);
    },
  ],
  stop: ['qmstop', stopEffect],
  shutdown: ['qmshutdown', stopEffect],
  reboot: [
    'qmreboot',
    async (ctx, vm, control) => {
      if (vm.status !== 'running') throw new SimError(500, `VM ${vm.vmid} not running`);
      await control.work();
      ctx.state.markRunning(vm, ctx.options.agentIpDelayMs);
    },
  ],
};

async function stopEffect(ctx: SimContext, vm: SimVm, control: TaskControl): Promise<void> {
  await control.work();
  ctx.state.markStopped(vm);
}

function powerHandler(action: keyof typeof EFFECTS): Handler {
  const [type, effect] = EFFECTS[action] as [SimTaskType, Effect];
  return (ctx: SimContext, call: SimCall) => {
    const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
    if (action === 'reboot' && vm.status !== 'running') throw new SimError(500, 'VM is not running');
    const task = ctx.tasks.start({
      node: vm.node,
      type,
      id: vm.vmid,
      user: call.user,
      run: async (control) => {
        await control.lock(vm.vmid);
        checkUnlocked(vm, call.params.skiplock);
        await effect(ctx, vm, control);
      },
    });
    return task.upid;
  };
}

export const startVm = powerHandler('start');
export const stopVm = powerHandler('stop');
export const shutdownVm = powerHandler('shutdown');
export const rebootVm = powerHandler('reboot');
