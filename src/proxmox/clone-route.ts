import type { PlannedVm } from '../domain/plan.ts';
import type { EngineContext } from './engine-context.ts';
import { pickStorage } from './placement.ts';

/** Where the clone is made: straight onto the planned node, or beside the template and then migrated. */
export interface CloneRoute {
  /** `target` of the clone call; undefined clones onto the template's node. */
  target: string | undefined;
  storage: string;
  /** True when the clone lands on the template's node and must move to the planned node after. */
  migrate: boolean;
}

const VOLUME_KEY = /^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$/;

/**
 * PVE clones to another node only when the template's disks are on shared storage. With local disks
 * ATLAS clones beside the template and migrates the stopped clone with its disks to the planned node.
 */
export async function cloneRoute(ctx: EngineContext, vm: PlannedVm): Promise<CloneRoute> {
  const source = vm.template.node;
  if (vm.node === source) return { target: undefined, storage: vm.storage, migrate: false };
  const [config, storages] = await Promise.all([
    ctx.inventory.vmConfig(source, vm.template.vmid),
    ctx.inventory.storages(source),
  ]);
  const shared = new Set(storages.filter((s) => s.shared === true).map((s) => s.storage));
  const used = volumeStorages(config as Record<string, unknown>);
  if (used.length > 0 && used.every((s) => shared.has(s)))
    return { target: vm.node, storage: vm.storage, migrate: false };
  const local = storages.find((s) => s.storage === vm.storage) ?? pickStorage(storages);
  return { target: undefined, storage: local?.storage ?? vm.storage, migrate: true };
}

/** `local-lvm:base-9000-disk-0,size=20G` → `local-lvm`, for every volume of a config. */
export function volumeStorages(config: Record<string, unknown>): string[] {
  const names = Object.entries(config)
    .filter(([key, value]) => VOLUME_KEY.test(key) && typeof value === 'string' && value.includes(':'))
    .map(([, value]) => String(value).split(':')[0] ?? '')
    .filter((name) => name !== '' && name !== 'none');
  return [...new Set(names)];
}
