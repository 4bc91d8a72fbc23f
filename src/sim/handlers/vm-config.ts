// POST (async, UPID) and PUT (sync) /nodes/{node}/qemu/{vmid}/config. Both take the VM's config lock in
// the API call, so a VM busy with a task answers 500 `can't lock file ... got timeout`.
import type { Handler, SimCall, SimContext } from '../context.ts';
import { findEndpoint } from '../contract.ts';
import type { Release } from '../locks.ts';
import type { SimVm } from '../types.ts';
import { checkUnlocked, vmOnNode } from './common.ts';
import { applyUpdate, checkUpdate, describeUpdate } from './config-update.ts';

async function lockForUpdate(ctx: SimContext, call: SimCall): Promise<[SimVm, Release]> {
  const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  checkUpdate(vm, call.params);
  const release = await ctx.locks.acquire(vm.vmid);
  try {
    checkUnlocked(vm, call.params.skiplock);
    return [vm, release];
  } catch (error) {
    release();
    throw error;
  }
}

function endpointOf(call: SimCall) {
  const match = findEndpoint(call.method, call.path);
  if (!match) throw new Error(`no contract endpoint for ${call.method} ${call.path}`);
  return match.endpoint;
}

export const updateConfigAsync: Handler = async (ctx, call) => {
  const [vm, release] = await lockForUpdate(ctx, call);
  const task = ctx.tasks.start({
    node: vm.node,
    type: 'qmconfig',
    id: vm.vmid,
    user: call.user,
    run: async (control) => {
      try {
        control.log(describeUpdate(vm.vmid, call.params));
        await control.work();
        applyUpdate(vm, endpointOf(call), call.params);
      } finally {
        release();
      }
    },
  });
  return task.upid;
};

export const updateConfigSync: Handler = async (ctx, call) => {
  const [vm, release] = await lockForUpdate(ctx, call);
  try {
    applyUpdate(vm, endpointOf(call), call.params);
  } finally {
    release();
  }
  return null;
};
