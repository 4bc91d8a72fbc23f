// Node load from the VMs running on it, so "free capacity" changes as VMs start and stop.
import type { SimState } from './state.ts';
import type { SimNode, SimVm } from './types.ts';
import { memoryMiB, vcpus } from './vm-facts.ts';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
/** What the host itself uses (PVE, ZFS ARC...). */
const HOST_MEMORY = 2 * GiB;
const HOST_CPU = 0.02;
/** The share of its vCPUs a running VM keeps busy. */
const VM_CPU_SHARE = 0.25;

export interface NodeUsage {
  cpu: number;
  memBytes: number;
  maxmemBytes: number;
}

export function runningOn(state: SimState, node: string): SimVm[] {
  return state.vms().filter((vm) => vm.node === node && vm.status === 'running');
}

export function nodeUsage(state: SimState, node: SimNode): NodeUsage {
  const running = runningOn(state, node.name);
  const busy = running.reduce((sum, vm) => sum + vcpus(vm) * VM_CPU_SHARE, 0);
  const memBytes = running.reduce((sum, vm) => sum + memoryMiB(vm) * MiB, HOST_MEMORY);
  return { cpu: Math.min(1, HOST_CPU + busy / node.cpus), memBytes, maxmemBytes: node.memoryMiB * MiB };
}
