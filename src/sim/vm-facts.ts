// Facts about a VM read from its PVE config.
import type { SimVm } from './types.ts';

export function isTemplate(vm: SimVm): boolean {
  return Number(vm.config.template ?? 0) === 1;
}

export function vcpus(vm: SimVm): number {
  return Number(vm.config.cores ?? 1) * Number(vm.config.sockets ?? 1);
}

/** Memory in MiB from `memory: 2048` or `memory: current=2048`. */
export function memoryMiB(vm: SimVm): number {
  const text = String(vm.config.memory ?? '512');
  return Number(/(?:^|current=)(\d+)/.exec(text)?.[1] ?? 512);
}

export function vmName(vm: SimVm): string {
  return String(vm.config.name ?? `VM ${vm.vmid}`);
}
