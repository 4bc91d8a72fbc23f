import type { PlanAction, PlannedVm } from '../../../src/domain/plan.ts';

export const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop';

/** A planned VM as the API engine's planner makes it. */
export function plannedVm(overrides: Partial<PlannedVm> = {}): PlannedVm {
  return {
    name: 'web-01',
    vmid: 101,
    node: 'pve3',
    template: { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
    cores: 4,
    memoryMiB: 8192,
    diskGiB: 40,
    storage: 'local-lvm',
    bridge: 'vmbr0',
    ciUser: 'atlas',
    sshKeys: [KEY],
    ipConfig: 'ip=dhcp',
    tags: ['web', 'atlas', 'atlas-r-7f3k'],
    ...overrides,
  };
}

export function createAction(overrides: Partial<PlannedVm> = {}): PlanAction {
  return { kind: 'create-vm', vm: plannedVm(overrides) };
}
