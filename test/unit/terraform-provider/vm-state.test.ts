import { describe, expect, it } from 'vitest';
import { conformBlock } from '../../../src/sim/terraform-provider/conform.ts';
import type { ValueObject } from '../../../src/sim/terraform-provider/cty-value.ts';
import { vmArgs } from '../../../src/sim/terraform-provider/vm-args.ts';
import { vmSchema } from '../../../src/sim/terraform-provider/vm-schema.ts';
import { type VmFacts, vmState } from '../../../src/sim/terraform-provider/vm-state.ts';

const FACTS: VmFacts = {
  vmid: 101,
  node: 'pve2',
  running: true,
  config: {
    agent: '1',
    cores: 4,
    cpu: 'x86-64-v2-AES',
    ide2: 'local-lvm:vm-101-cloudinit,media=cdrom',
    ipconfig0: 'ip=10.0.0.5/24,gw=10.0.0.1',
    memory: '4096',
    name: 'web-01',
    net0: 'virtio=BC:24:11:00:03:28,bridge=vmbr0,firewall=1',
    onboot: 1,
    scsi0: 'local-lvm:vm-101-disk-0,iothread=1,size=40G',
    scsi1: 'local-lvm:vm-101-disk-1,size=512M',
    ciuser: 'atlas',
    tags: 'atlas;web',
  },
  network: {
    ipv4: [['127.0.0.1'], ['10.0.0.5']],
    ipv6: [[], []],
    macs: ['00:00:00:00:00:00', 'BC:24:11:00:03:28'],
    names: ['lo', 'eth0'],
  },
};

function ref(value: ValueObject) {
  return vmArgs(conformBlock(vmSchema, { node_name: 'pve1', ...value }) as ValueObject);
}

describe('reading the state back from PVE', () => {
  it('reads only the blocks the configuration has, and keeps its spelling of tags', () => {
    const state = vmState(
      FACTS,
      ref({ tags: ['web', 'atlas'], cpu: [{ cores: 2 }], disk: [{ interface: 'scsi0' }] }),
      false,
    );

    expect(state).toMatchObject({
      id: '101',
      vm_id: 101,
      node_name: 'pve2',
      name: 'web-01',
      description: '',
      tags: ['web', 'atlas'],
      started: true,
      on_boot: true,
      cpu: [{ cores: 4, sockets: 1, type: 'x86-64-v2-AES' }],
      memory: [],
      disk: [{ interface: 'scsi0', datastore_id: 'local-lvm', size: 40 }],
      network_device: [],
      initialization: [],
      agent: [],
      ipv4_addresses: [['127.0.0.1'], ['10.0.0.5']],
    });
  });

  it('reads every block on import', () => {
    const state = vmState({ ...FACTS, network: undefined }, ref({}), true);

    expect(state).toMatchObject({
      memory: [{ dedicated: 4096 }],
      disk: [
        { interface: 'scsi0', size: 40 },
        { interface: 'scsi1', size: 1 },
      ],
      network_device: [{ bridge: 'vmbr0', model: 'virtio', mac_address: 'BC:24:11:00:03:28' }],
      initialization: [
        {
          datastore_id: 'local-lvm',
          user_account: [{ username: 'atlas', keys: [] }],
          ip_config: [{ ipv4: [{ address: '10.0.0.5/24', gateway: '10.0.0.1' }] }],
        },
      ],
      agent: [{ enabled: true, timeout: '15m' }],
      ipv4_addresses: [],
      mac_addresses: ['BC:24:11:00:03:28'],
    });
  });
});
