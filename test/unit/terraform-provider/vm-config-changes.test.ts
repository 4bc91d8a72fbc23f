import { describe, expect, it } from 'vitest';
import { conformBlock } from '../../../src/sim/terraform-provider/conform.ts';
import type { ValueObject } from '../../../src/sim/terraform-provider/cty-value.ts';
import { vmArgs } from '../../../src/sim/terraform-provider/vm-args.ts';
import { configChanges, needsReboot } from '../../../src/sim/terraform-provider/vm-config-changes.ts';
import { vmSchema } from '../../../src/sim/terraform-provider/vm-schema.ts';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop';

/** A clone of a cloud-init template as PVE reports its config. */
const CLONE = {
  agent: '1',
  boot: 'order=scsi0;net0',
  cores: 2,
  cpu: 'x86-64-v2-AES',
  ide2: 'local-lvm:vm-101-cloudinit,media=cdrom',
  ipconfig0: 'ip=dhcp',
  memory: '2048',
  name: 'web-01',
  net0: 'virtio=BC:24:11:00:03:28,bridge=vmbr0,firewall=1',
  scsi0: 'local-lvm:vm-101-disk-0,iothread=1,size=20G',
  description: 'from the template',
};

function args(value: ValueObject) {
  return vmArgs(
    conformBlock(vmSchema, { node_name: 'pve1', clone: [{ vm_id: 9000 }], ...value }) as ValueObject,
  );
}

describe('the config changes that make a VM match its arguments', () => {
  it('writes only what differs, keeping the NIC options and MAC and the CPU flags', () => {
    const changes = configChanges(
      CLONE,
      args({
        name: 'web-01',
        description: '',
        tags: ['atlas', 'web'],
        on_boot: true,
        cpu: [{ cores: 4, sockets: 1, type: 'x86-64-v2-AES' }],
        memory: [{ dedicated: 4096 }],
        network_device: [{ bridge: 'vmbr1', model: 'virtio' }],
        initialization: [
          {
            datastore_id: 'local-lvm',
            user_account: [{ username: 'atlas', keys: [`${KEY}\n`] }],
            ip_config: [{ ipv4: [{ address: '10.0.0.5/24', gateway: '10.0.0.1' }] }],
          },
        ],
        agent: [{ enabled: true }],
      }),
    );

    expect(changes.set).toEqual({
      tags: 'atlas;web',
      onboot: 1,
      cores: 4,
      memory: 4096,
      net0: 'virtio=BC:24:11:00:03:28,bridge=vmbr1,firewall=1',
      ciuser: 'atlas',
      sshkeys: encodeURIComponent(KEY),
      ipconfig0: 'ip=10.0.0.5/24,gw=10.0.0.1',
    });
    expect(changes.remove).toEqual(['description']);
    expect(needsReboot(changes)).toBe(true);
  });

  it('asks for nothing when the VM already matches, and no reboot for name and tags alone', () => {
    const same = configChanges(
      CLONE,
      args({ name: 'web-01', cpu: [{ cores: 2, sockets: 1, type: 'x86-64-v2-AES' }] }),
    );
    const hot = configChanges(CLONE, args({ name: 'web-02', tags: ['a'] }));

    expect(same).toEqual({ set: {}, remove: [] });
    expect(hot.set).toEqual({ name: 'web-02', tags: 'a' });
    expect(needsReboot(hot)).toBe(false);
  });

  it('turns the guest agent off and moves the cloud-init drive when asked', () => {
    const changes = configChanges(
      CLONE,
      args({ agent: [{ enabled: false }], initialization: [{ datastore_id: 'ceph-vm' }] }),
    );

    expect(changes.set).toEqual({ agent: 0, ide2: 'ceph-vm:cloudinit' });
  });
});
