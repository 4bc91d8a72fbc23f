// Small helpers the handlers share: finding a VM, reading parameters, PVE's lock checks.
import type { SimContext } from '../context.ts';
import { lockedError, noConfigError, SimError } from '../sim-error.ts';
import type { SimNode, SimVm } from '../types.ts';

/** The VM `vmid` on `node`, or PVE's "Configuration file ... does not exist". */
export function vmOnNode(ctx: SimContext, node: string, vmid: string | undefined): SimVm {
  const vm = ctx.state.vm(Number(vmid));
  if (!vm || vm.node !== node) throw noConfigError(node, vmid ?? '');
  return vm;
}

export function clusterNode(ctx: SimContext, name: string): SimNode {
  const node = ctx.state.node(name);
  if (!node) throw new SimError(500, `no such cluster node '${name}'`);
  return node;
}

/** PVE's boolean parameter parsing; undefined when the parameter is absent. */
export function flag(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return /^(1|on|yes|true)$/i.test(value);
}

/** PVE's check_lock: a config with `lock:` refuses changes unless `skiplock` is set. */
export function checkUnlocked(vm: SimVm, skiplock: string | undefined): void {
  const lock = vm.config.lock;
  if (lock !== undefined && !flag(skiplock)) throw lockedError(lock);
}
