import type { VmConfig } from './pve-schemas.ts';

const DISK_KEY = /^(scsi|virtio|sata|ide)\d+$/;
const BUS_ORDER = ['scsi', 'virtio', 'sata', 'ide'];
/** A bare number is bytes. */
const UNIT_GIB: Record<string, number> = { '': 1 / 1024 ** 3, K: 1 / 1024 ** 2, M: 1 / 1024, G: 1, T: 1024 };

export interface BootDisk {
  key: string;
  sizeGiB: number;
}

/** The disk the VM boots from: the first disk in `boot: order=...`, else the first disk by bus. */
export function bootDisk(config: VmConfig): BootDisk | undefined {
  const entries = config as Record<string, unknown>;
  const ordered = /(?:^|,)order=([^,]+)/.exec(config.boot ?? '')?.[1]?.split(';') ?? [];
  const byBus = Object.keys(entries)
    .filter((k) => DISK_KEY.test(k))
    .sort((a, b) => busRank(a) - busRank(b) || indexOf(a) - indexOf(b));
  for (const key of [...ordered, ...byBus]) {
    const value = entries[key];
    if (!DISK_KEY.test(key) || typeof value !== 'string' || !isDisk(value)) continue;
    const sizeGiB = sizeOf(value);
    if (sizeGiB !== undefined) return { key, sizeGiB };
  }
  return undefined;
}

function isDisk(value: string): boolean {
  return !/(?:^|,)media=cdrom(?:,|$)/.test(value) && !/cloudinit/.test(value) && !value.startsWith('none');
}

/** `size=32G` → 32; `size=512M` → 0.5 */
export function sizeOf(value: string): number | undefined {
  const match = /(?:^|,)size=(\d+(?:\.\d+)?)([KMGT]?)(?:,|$)/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * (UNIT_GIB[match[2] ?? ''] ?? 1);
}

function busRank(key: string): number {
  return BUS_ORDER.findIndex((bus) => key.startsWith(bus));
}

function indexOf(key: string): number {
  return Number(/\d+$/.exec(key)?.[0] ?? 0);
}
