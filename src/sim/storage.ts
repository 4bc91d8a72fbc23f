// The storages a node sees: `local` (ISOs, backups), its own VM storage (lvmthin, local to the node),
// and the cluster's shared VM storage when there is one (rbd, the same on every node).
import { storageOf, totalDiskBytes } from './disks.ts';
import type { SimState } from './state.ts';
import type { SimNode } from './types.ts';

const GiB = 1024 ** 3;

export interface SimStorage {
  name: string;
  type: 'dir' | 'lvmthin' | 'rbd';
  content: string;
  shared: boolean;
  totalBytes: number;
}

export function storagesOf(state: SimState, node: SimNode): SimStorage[] {
  const list: SimStorage[] = [
    { name: 'local', type: 'dir', content: 'backup,iso,vztmpl', shared: false, totalBytes: 100 * GiB },
    {
      name: node.storage,
      type: 'lvmthin',
      content: 'images,rootdir',
      shared: false,
      totalBytes: node.storageGiB * GiB,
    },
  ];
  const shared = state.sharedStorage;
  if (shared)
    list.push({
      name: shared.name,
      type: 'rbd',
      content: 'images,rootdir',
      shared: true,
      totalBytes: shared.sizeGiB * GiB,
    });
  return list;
}

/** A storage on `node` that can hold VM disks, by name. */
export function imageStorage(state: SimState, node: SimNode, name: string): SimStorage | undefined {
  return storagesOf(state, node).find(
    (storage) => storage.name === name && storage.content.includes('images'),
  );
}

export function isShared(state: SimState, name: string): boolean {
  return state.sharedStorage?.name === name;
}

/** Bytes used on a storage as `node` sees it: VM disks on it (from every node when it is shared), plus a base. */
export function usedBytes(state: SimState, node: SimNode, storage: SimStorage): number {
  if (storage.type === 'dir') return 8 * GiB;
  return state
    .vms()
    .filter((vm) => storage.shared || vm.node === node.name)
    .filter((vm) => Object.values(vm.config).some((value) => storageOf(value) === storage.name))
    .reduce((sum, vm) => sum + totalDiskBytes(vm.config), 0);
}
