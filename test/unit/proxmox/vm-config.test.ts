import { describe, expect, it } from 'vitest';
import type { PlannedVm } from '../../../src/domain/plan.ts';
import { bootDisk } from '../../../src/proxmox/boot-disk.ts';
import { pickGuestIp } from '../../../src/proxmox/guest-ip.ts';
import {
  configChanges,
  decodeSshKeys,
  encodeSshKeys,
  isOwnedBy,
  netWithBridge,
  ownerDescription,
} from '../../../src/proxmox/vm-config.ts';

const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop';

const vm: PlannedVm = {
  name: 'web-01',
  vmid: 104,
  node: 'pve2',
  template: { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
  cores: 4,
  memoryMiB: 8192,
  diskGiB: 40,
  storage: 'local-lvm',
  bridge: 'vmbr0',
  ciUser: 'atlas',
  sshKeys: [key],
  ipConfig: 'ip=dhcp',
  tags: ['web', 'atlas', 'atlas-r-7f3k'],
};

describe('configChanges', () => {
  it('lists everything a fresh clone still needs', () => {
    const fresh = {
      name: 'web-01',
      cores: 1,
      memory: '2048',
      net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr1',
      description: ownerDescription('R-7F3K', 'web-01'),
    };

    const changes = configChanges(fresh, vm, 'R-7F3K');

    expect(changes).toEqual({
      cores: 4,
      memory: 8192,
      ciuser: 'atlas',
      sshkeys: encodeSshKeys([key]),
      ipconfig0: 'ip=dhcp',
      net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr0',
      agent: 1,
      tags: 'web;atlas;atlas-r-7f3k',
    });
  });

  it('is empty once the VM is configured (PVE sends keys encoded and may reorder tags)', () => {
    const done = {
      cores: '4',
      memory: 'current=8192',
      ciuser: 'atlas',
      sshkeys: encodeSshKeys([key]),
      ipconfig0: 'ip=dhcp',
      net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1',
      agent: 'enabled=1,fstrim_cloned_disks=1',
      tags: 'atlas;atlas-r-7f3k;web',
    };

    expect(configChanges({ ...done, cores: 4 }, vm, 'R-7F3K')).toEqual({});
  });
});

describe('ownership and encodings', () => {
  it('recognises its VM by the request tag or by the description set at clone time', () => {
    expect(isOwnedBy({ tags: 'atlas;atlas-r-7f3k' }, 'R-7F3K')).toBe(true);
    expect(isOwnedBy({ description: ownerDescription('R-7F3K', 'web-01') }, 'R-7F3K')).toBe(true);
    expect(isOwnedBy({ description: ownerDescription('R-7F3KX', 'web-01'), tags: 'atlas' }, 'R-7F3K')).toBe(
      false,
    );
  });

  it('URL-encodes ssh keys the way PVE wants them, and reads them back', () => {
    const encoded = encodeSshKeys([key, key]);

    expect(encoded).toMatch(/^[-%a-zA-Z0-9_.!~*'()]*$/);
    expect(encoded).toContain('%20');
    expect(decodeSshKeys(encoded)).toEqual([key, key]);
  });

  it('moves a NIC to another bridge keeping its model and MAC', () => {
    expect(netWithBridge('virtio=BC:24:11:00:00:01,bridge=vmbr1,firewall=1', 'vmbr0')).toBe(
      'virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1',
    );
    expect(netWithBridge(undefined, 'vmbr0')).toBe('virtio,bridge=vmbr0');
  });
});

describe('bootDisk', () => {
  it('follows the boot order and skips the cloud-init drive', () => {
    const config = {
      boot: 'order=virtio0;ide2;net0',
      virtio0: 'local-lvm:vm-104-disk-0,size=3584M',
      ide2: 'local-lvm:vm-104-cloudinit,media=cdrom',
      scsi0: 'local-lvm:vm-104-disk-1,size=100G',
    };

    expect(bootDisk(config)).toEqual({ key: 'virtio0', sizeGiB: 3.5 });
  });

  it('falls back to the first disk by bus', () => {
    expect(
      bootDisk({ ide2: 'local:cloudinit,media=cdrom', sata1: 'x:y,size=8G', scsi0: 'x:z,size=2G' }),
    ).toEqual({ key: 'scsi0', sizeGiB: 2 });
    expect(bootDisk({ ide2: 'none,media=cdrom' })).toBeUndefined();
  });
});

describe('pickGuestIp', () => {
  it('takes the first IPv4 that is not loopback or link-local', () => {
    const agent = {
      result: [
        { name: 'lo', 'ip-addresses': [{ 'ip-address': '127.0.0.1', 'ip-address-type': 'ipv4' }] },
        {
          name: 'eth0',
          'ip-addresses': [
            { 'ip-address': 'fe80::1', 'ip-address-type': 'ipv6' },
            { 'ip-address': '169.254.3.4', 'ip-address-type': 'ipv4' },
            { 'ip-address': '10.0.0.23', 'ip-address-type': 'ipv4' },
          ],
        },
      ],
    };

    expect(pickGuestIp(agent)).toBe('10.0.0.23');
    expect(pickGuestIp({ result: [{ name: 'eth0' }] })).toBeUndefined();
  });
});
