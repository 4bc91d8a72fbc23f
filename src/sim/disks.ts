// Disks in a VM config (`scsi0: local-lvm:vm-101-disk-0,iothread=1,size=20G`) and PVE's size notation.
import type { SimConfig } from './types.ts';

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };
const DISK_KEY = /^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$/;

/** Bytes of `20G`, `512M`, `1.5T`, `1073741824`; undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/.exec(text);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (UNITS[match[2] ?? ''] ?? 1));
}

/** PVE's size notation: the largest unit that divides the size evenly. */
export function formatSize(bytes: number): string {
  for (const unit of ['T', 'G', 'M', 'K']) {
    const factor = UNITS[unit] ?? 1;
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return String(bytes);
}

/** Config keys of the VM's hard disks (not CD-ROMs, not the cloud-init drive). */
export function diskKeys(config: SimConfig): string[] {
  return Object.keys(config).filter((key) => {
    const value = String(config[key]);
    return DISK_KEY.test(key) && !value.includes('media=cdrom') && !value.includes('cloudinit');
  });
}

export function diskBytes(value: string | number | undefined): number {
  const size = /(?:^|,)size=([^,]+)/.exec(String(value ?? ''))?.[1];
  return size === undefined ? 0 : (parseSize(size) ?? 0);
}

export function withDiskBytes(value: string, bytes: number): string {
  const size = `size=${formatSize(bytes)}`;
  return /(?:^|,)size=[^,]+/.test(value) ? value.replace(/size=[^,]+/, size) : `${value},${size}`;
}

export function totalDiskBytes(config: SimConfig): number {
  return diskKeys(config).reduce((sum, key) => sum + diskBytes(config[key]), 0);
}

/** The volume id of a disk value: `local-lvm:vm-101-disk-0`. */
export function volumeOf(value: string | number | undefined): string {
  return String(value ?? '').split(',')[0] ?? '';
}

export function storageOf(value: string | number | undefined): string {
  return volumeOf(value).split(':')[0] ?? '';
}
