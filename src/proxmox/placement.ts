import type { NodeInfo } from '../domain/inventory.ts';
import type { StorageEntry } from './pve-schemas.ts';

/** The storage for VM disks on a node: content includes `images`, enabled and active, most space free. */
export function pickStorage(storages: readonly StorageEntry[]): StorageEntry | undefined {
  return storages
    .filter((s) => contentOf(s).includes('images') && s.enabled !== false && s.active !== false)
    .sort((a, b) => (b.avail ?? 0) - (a.avail ?? 0) || a.storage.localeCompare(b.storage))[0];
}

function contentOf(storage: StorageEntry): string[] {
  return (storage.content ?? '').split(',').map((c) => c.trim());
}

/** `vmbr0` when the node has it, else the first bridge by name. */
export function pickBridge(bridges: readonly string[]): string | undefined {
  if (bridges.includes('vmbr0')) return 'vmbr0';
  return [...bridges].sort()[0];
}

export function freeMemoryMiB(node: NodeInfo): number {
  return node.memoryMiB - node.memoryUsedMiB;
}

/**
 * The online node with the most free memory that still fits `memoryMiB`; ties go to the least cpu load,
 * then the name. `reservedMiB` is memory already promised to VMs planned earlier in the same plan.
 */
export function chooseNode(
  nodes: readonly NodeInfo[],
  memoryMiB: number,
  reservedMiB: ReadonlyMap<string, number> = new Map(),
): NodeInfo | undefined {
  const free = (n: NodeInfo) => freeMemoryMiB(n) - (reservedMiB.get(n.name) ?? 0);
  return nodes
    .filter((n) => n.online && free(n) >= memoryMiB)
    .sort((a, b) => free(b) - free(a) || a.cpuLoad - b.cpuLoad || a.name.localeCompare(b.name))[0];
}
