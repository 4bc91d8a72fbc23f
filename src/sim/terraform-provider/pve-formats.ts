// PVE's property strings for the settings the resource manages: NICs, IP configs, disks, CPU type.
import { sizeOf } from '../../proxmox/boot-disk.ts';

const MAC = /^[0-9A-F]{2}(?::[0-9A-F]{2}){5}$/i;
const NIC_MODELS = new Set(['e1000', 'e1000e', 'rtl8139', 'virtio', 'vmxnet3']);

export interface Nic {
  model: string;
  mac: string | undefined;
  bridge: string | undefined;
  /** Other options (firewall=1, tag=10, ...), kept as they are. */
  rest: string[];
}

/** `virtio=BC:24:11:00:03:28,bridge=vmbr0,firewall=1` */
export function parseNet(value: string): Nic {
  const nic: Nic = { model: 'virtio', mac: undefined, bridge: undefined, rest: [] };
  for (const part of value.split(',')) {
    const [key = '', val] = part.split('=');
    if (NIC_MODELS.has(key)) {
      nic.model = key;
      if (val !== undefined && MAC.test(val)) nic.mac = val.toUpperCase();
    } else if (key === 'model' && val !== undefined) nic.model = val;
    else if (key === 'macaddr' && val !== undefined) nic.mac = val.toUpperCase();
    else if (key === 'bridge') nic.bridge = val;
    else if (part !== '') nic.rest.push(part);
  }
  return nic;
}

export function formatNet(nic: Nic): string {
  const head = nic.mac === undefined ? nic.model : `${nic.model}=${nic.mac}`;
  const bridge = nic.bridge === undefined ? [] : [`bridge=${nic.bridge}`];
  return [head, ...bridge, ...nic.rest].join(',');
}

export interface IpConfig {
  address: string | undefined;
  gateway: string | undefined;
}

/** `ip=10.0.0.5/24,gw=10.0.0.1` or `ip=dhcp`; IPv6 parts are left out. */
export function parseIpConfig(value: string | undefined): IpConfig {
  const parts = new Map((value ?? '').split(',').map((p) => p.split('=') as [string, string]));
  return { address: parts.get('ip'), gateway: parts.get('gw') };
}

export function formatIpConfig(current: string | undefined, ip: IpConfig): string {
  const kept = (current ?? '').split(',').filter((p) => p !== '' && !/^(ip|gw)=/.test(p));
  const own = [ip.address && `ip=${ip.address}`, ip.gateway && `gw=${ip.gateway}`];
  return [...own.filter((p): p is string => typeof p === 'string'), ...kept].join(',');
}

export interface DiskFacts {
  storage: string;
  sizeGiB: number | undefined;
}

/** `local-lvm:vm-101-disk-0,iothread=1,size=20G` → local-lvm, 20; `local-lvm:8` (to allocate) → 8. */
export function parseDisk(value: string): DiskFacts {
  const volume = value.split(',')[0] ?? '';
  const [storage = '', name = ''] = volume.split(':');
  const size = sizeOf(value) ?? (/^\d+$/.test(name) ? Number(name) : undefined);
  return { storage, sizeGiB: size === undefined ? undefined : Math.round(size) };
}

export function isCloudInit(value: string): boolean {
  return /cloudinit/.test(value);
}

export function isCdrom(value: string): boolean {
  return /(?:^|,)media=cdrom(?:,|$)/.test(value) && !isCloudInit(value);
}

/** The config key and storage of the cloud-init drive, when the VM has one. */
export function cloudInitDrive(
  config: Record<string, unknown>,
): { key: string; storage: string } | undefined {
  for (const [key, value] of Object.entries(config)) {
    if (/^(ide|sata|scsi)\d+$/.test(key) && typeof value === 'string' && isCloudInit(value)) {
      return { key, storage: value.split(':')[0] ?? '' };
    }
  }
  return undefined;
}

/** `cputype=host,flags=+aes` or `host,flags=+aes` → host; PVE's default is kvm64. */
export function cpuTypeOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') return 'kvm64';
  const first = value.split(',')[0] ?? '';
  return first.startsWith('cputype=') ? first.slice('cputype='.length) : first;
}

export function withCpuType(current: unknown, type: string): string {
  const rest = typeof current === 'string' ? current.split(',').slice(1) : [];
  return [type, ...rest].join(',');
}
