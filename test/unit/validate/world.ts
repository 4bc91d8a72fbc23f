import type { World } from '../../../src/core/validate/validate-create.ts';
import type { NodeInfo } from '../../../src/domain/inventory.ts';
import type { Policy } from '../../../src/domain/policy.ts';
import type { VmSpec } from '../../../src/domain/vm-spec.ts';

export const policy: Policy = {
  approvers: ['*'],
  requiredApprovals: 1,
  allowSelfApproval: false,
  approvalTtlMs: 3_600_000,
  limits: { maxCores: 16, maxMemoryMiB: 64 * 1024, maxDiskGiB: 500, maxCount: 10 },
  defaults: { cores: 2, memoryMiB: 2048, diskGiB: 20, template: 'ubuntu-24.04', tags: [] },
};

export function node(name: string, freeGiB: number, online = true): NodeInfo {
  return {
    name,
    online,
    cpus: 16,
    cpuLoad: 0.1,
    memoryMiB: 64 * 1024,
    memoryUsedMiB: 64 * 1024 - freeGiB * 1024,
  };
}

/** Three nodes with 20, 8 and 4 GiB free, one offline; two templates; two VMs. */
export function world(): World {
  return {
    nodes: [node('pve1', 20), node('pve2', 8), node('pve3', 4), node('pve4', 100, false)],
    templates: [
      { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1', diskGiB: 10 },
      { name: 'ubuntu-22.04', vmid: 9001, node: 'pve1' },
      { name: 'debian-12', vmid: 9002, node: 'pve2', diskGiB: 32 },
    ],
    vms: [
      { name: 'web-01', vmid: 101, node: 'pve1', status: 'running', tags: [] },
      { name: 'web-02', vmid: 102, node: 'pve2', status: 'stopped', tags: [] },
      { name: 'db', vmid: 103, node: 'pve3', status: 'running', tags: [] },
      { name: 'Cache-1', vmid: 104, node: 'pve2', status: 'running', tags: [] },
    ],
  };
}

export function vm(name: string, extra: Partial<VmSpec> = {}): VmSpec {
  return {
    name,
    cores: 2,
    memoryMiB: 2048,
    diskGiB: 20,
    template: 'ubuntu-24.04',
    sshKeys: [],
    tags: [],
    ...extra,
  };
}
