import type { UserRef } from '../../../domain/thread.ts';
import type { CoreDeps } from '../../deps.ts';

const MAX_VMS = 100;
const gib = (mib: number) => Math.round((mib / 1024) * 10) / 10;

export async function listTemplates(deps: CoreDeps): Promise<unknown> {
  const templates = await deps.inventory.templates();
  const seen = new Map<string, { name: string; disk_gib?: number }>();
  for (const t of templates) {
    if (!seen.has(t.name)) seen.set(t.name, { name: t.name, ...(t.diskGiB ? { disk_gib: t.diskGiB } : {}) });
  }
  return { templates: [...seen.values()], default: deps.policy.defaults.template };
}

export async function listNodes(deps: CoreDeps): Promise<unknown> {
  const nodes = await deps.inventory.nodes();
  return {
    nodes: nodes.map((n) => ({
      name: n.name,
      online: n.online,
      cpus: n.cpus,
      cpu_load: Math.round(n.cpuLoad * 100) / 100,
      free_memory_gib: gib(Math.max(0, n.memoryMiB - n.memoryUsedMiB)),
    })),
  };
}

/** The VMs of the cluster, or only those the person asked for in earlier requests. */
export async function listVms(deps: CoreDeps, user: UserRef, mine: boolean): Promise<unknown> {
  let vms = await deps.inventory.vms();
  if (mine) {
    const requests = await deps.requests.listByRequester(user.id, 200);
    const names = new Set(
      requests.flatMap((r) => (r.operation.kind === 'create' ? r.operation.vms.map((vm) => vm.name) : [])),
    );
    vms = vms.filter((vm) => names.has(vm.name));
  }
  return {
    vms: vms.slice(0, MAX_VMS).map((vm) => ({
      name: vm.name,
      node: vm.node,
      status: vm.status,
      ...(vm.cores ? { cores: vm.cores } : {}),
      ...(vm.memoryMiB ? { memory_gib: gib(vm.memoryMiB) } : {}),
    })),
    ...(vms.length > MAX_VMS ? { more: vms.length - MAX_VMS } : {}),
  };
}

export async function getVm(deps: CoreDeps, name: string): Promise<unknown> {
  const vm = await deps.inventory.vm(name.trim().toLowerCase());
  if (!vm) return { found: false, name: name.slice(0, 63) };
  return {
    found: true,
    name: vm.name,
    vmid: vm.vmid,
    node: vm.node,
    status: vm.status,
    ...(vm.cores ? { cores: vm.cores } : {}),
    ...(vm.memoryMiB ? { memory_gib: gib(vm.memoryMiB) } : {}),
    ...(vm.ip ? { ip: vm.ip } : {}),
  };
}
