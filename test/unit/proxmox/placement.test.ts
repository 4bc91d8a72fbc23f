import { describe, expect, it } from 'vitest';
import type { NodeInfo, TemplateInfo } from '../../../src/domain/inventory.ts';
import { findTemplate } from '../../../src/proxmox/choose-placement.ts';
import { chooseNode, pickBridge, pickStorage } from '../../../src/proxmox/placement.ts';

const node = (name: string, freeMiB: number, cpuLoad = 0.1, online = true): NodeInfo => ({
  name,
  online,
  cpus: 8,
  cpuLoad,
  memoryMiB: 65536,
  memoryUsedMiB: 65536 - freeMiB,
});

describe('chooseNode', () => {
  it('takes the online node with the most free memory', () => {
    const nodes = [node('pve1', 8192), node('pve2', 30000), node('pve3', 60000, 0.1, false)];

    expect(chooseNode(nodes, 4096)?.name).toBe('pve2');
  });

  it('breaks a tie on free memory by the lower cpu load', () => {
    const nodes = [node('pve1', 16384, 0.9), node('pve2', 16384, 0.2)];

    expect(chooseNode(nodes, 4096)?.name).toBe('pve2');
  });

  it('counts memory promised earlier in the same plan', () => {
    const nodes = [node('pve1', 16384), node('pve2', 12288)];

    expect(chooseNode(nodes, 4096, new Map([['pve1', 8192]]))?.name).toBe('pve2');
  });

  it('finds nothing when no node has room', () => {
    expect(chooseNode([node('pve1', 1024)], 4096)).toBeUndefined();
  });
});

describe('pickStorage and pickBridge', () => {
  it('picks the active image storage with the most space free', () => {
    const storages = [
      { storage: 'local', content: 'iso,vztmpl,backup', avail: 900e9 },
      { storage: 'local-lvm', content: 'images,rootdir', avail: 100e9, active: true },
      { storage: 'ceph', content: 'images', avail: 500e9, active: true },
      { storage: 'broken', content: 'images', avail: 800e9, active: false },
    ];

    expect(pickStorage(storages)?.storage).toBe('ceph');
  });

  it('prefers vmbr0, else the first bridge by name', () => {
    expect(pickBridge(['vmbr1', 'vmbr0'])).toBe('vmbr0');
    expect(pickBridge(['vmbr2', 'vmbr1'])).toBe('vmbr1');
    expect(pickBridge([])).toBeUndefined();
  });
});

describe('findTemplate', () => {
  const templates: TemplateInfo[] = [
    { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
    { name: 'debian-12', vmid: 9001, node: 'pve1' },
    { name: 'ubuntu-24.04', vmid: 9100, node: 'pve2' },
  ];

  it('prefers the copy on the target node', () => {
    expect(findTemplate(templates, 'ubuntu-24.04', 'pve2').vmid).toBe(9100);
    expect(findTemplate(templates, 'debian-12', 'pve2').vmid).toBe(9001);
  });

  it('lists the templates there are when the name is unknown', () => {
    expect(() => findTemplate(templates, 'centos-7', 'pve1')).toThrow(
      'There is no template named centos-7. Available: debian-12, ubuntu-24.04.',
    );
  });
});
