// VM configs as PVE writes them for cloud-init templates, seeded VMs and clones.
import { randomUUID } from 'node:crypto';
import type { SimConfig, SimNode, SimTemplateSeed, SimVmSeed } from './types.ts';

const GiB = 1024 ** 3;

/** A MAC in Proxmox's OUI (BC:24:11), distinct per VMID and NIC. */
export function macFor(vmid: number, nic = 0): string {
  const n = (vmid * 8 + nic) % 2 ** 24;
  const bytes = [n >> 16, (n >> 8) & 0xff, n & 0xff].map((b) =>
    b.toString(16).toUpperCase().padStart(2, '0'),
  );
  return `BC:24:11:${bytes.join(':')}`;
}

export function identity(): SimConfig {
  return {
    meta: `creation-qemu=9.2.0,ctime=${Math.floor(Date.now() / 1000)}`,
    smbios1: `uuid=${randomUUID()}`,
    vmgenid: randomUUID(),
  };
}

interface Shape {
  vmid: number;
  name: string;
  cores: number;
  memoryMiB: number;
  diskGiB: number;
  ostype: string;
  template: boolean;
}

function baseConfig(shape: Shape, node: SimNode, storage = node.storage): SimConfig {
  const disk = shape.template ? `base-${shape.vmid}-disk-0` : `vm-${shape.vmid}-disk-0`;
  return {
    agent: '1',
    boot: 'order=scsi0;net0',
    cores: shape.cores,
    cpu: 'x86-64-v2-AES',
    ide2: `${storage}:vm-${shape.vmid}-cloudinit,media=cdrom`,
    ipconfig0: 'ip=dhcp',
    memory: String(shape.memoryMiB),
    name: shape.name,
    net0: `virtio=${macFor(shape.vmid)},bridge=${node.bridge},firewall=1`,
    ostype: shape.ostype,
    scsi0: `${storage}:${disk},iothread=1,size=${shape.diskGiB}G`,
    scsihw: 'virtio-scsi-single',
    serial0: 'socket',
    sockets: 1,
    vga: 'serial0',
    ...identity(),
    ...(shape.template ? { template: 1 } : {}),
  };
}

export function templateConfig(seed: SimTemplateSeed, node: SimNode, storage: string): SimConfig {
  const shape = { ...seed, cores: 2, memoryMiB: 2048, ostype: seed.ostype ?? 'l26', template: true };
  return baseConfig(shape, node, storage);
}

export function seededConfig(seed: SimVmSeed, node: SimNode): SimConfig {
  const shape = {
    vmid: seed.vmid,
    name: seed.name,
    cores: seed.cores ?? 2,
    memoryMiB: seed.memoryMiB ?? 2048,
    diskGiB: seed.diskGiB ?? 20,
    ostype: 'l26',
    template: seed.template ?? false,
  };
  const config = baseConfig(shape, node);
  if (seed.tags && seed.tags.length > 0) config.tags = seed.tags.join(';');
  return config;
}

export function bytesOfGiB(gib: number): number {
  return gib * GiB;
}
