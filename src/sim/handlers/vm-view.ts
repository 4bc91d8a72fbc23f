// How a VM shows in lists and status answers (`/nodes/{node}/qemu`, `/cluster/resources`, `status/current`).

import { totalDiskBytes } from '../disks.ts';
import type { SimVm } from '../types.ts';
import { isTemplate, memoryMiB, vcpus, vmName } from '../vm-facts.ts';

const MiB = 1024 ** 2;

export interface VmView {
  [key: string]: unknown;
  vmid: number;
  name: string;
  status: string;
}

export function uptimeSeconds(vm: SimVm): number {
  return vm.status === 'running' && vm.startedAt !== undefined
    ? Math.floor((Date.now() - vm.startedAt) / 1000)
    : 0;
}

/** The fields PVE's vmstatus reports for every VM; `template`, `tags`, `lock`, `pid` only when set. */
export function vmView(vm: SimVm): VmView {
  const running = vm.status === 'running';
  const maxmem = memoryMiB(vm) * MiB;
  return {
    vmid: vm.vmid,
    name: vmName(vm),
    status: vm.status,
    cpus: vcpus(vm),
    maxmem,
    mem: running ? Math.round(maxmem * 0.4) : 0,
    maxdisk: totalDiskBytes(vm.config),
    disk: 0,
    cpu: running ? 0.01 : 0,
    uptime: uptimeSeconds(vm),
    netin: 0,
    netout: 0,
    diskread: 0,
    diskwrite: 0,
    ...(isTemplate(vm) ? { template: 1 } : {}),
    ...(vm.config.tags !== undefined ? { tags: String(vm.config.tags) } : {}),
    ...(vm.config.lock !== undefined ? { lock: String(vm.config.lock) } : {}),
    ...(running ? { pid: 100_000 + vm.vmid } : {}),
  };
}
