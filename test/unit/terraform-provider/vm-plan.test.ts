import { describe, expect, it } from 'vitest';
import { conformBlock } from '../../../src/sim/terraform-provider/conform.ts';
import { UNKNOWN, type ValueObject } from '../../../src/sim/terraform-provider/cty-value.ts';
import { planVm } from '../../../src/sim/terraform-provider/vm-plan.ts';
import { vmSchema } from '../../../src/sim/terraform-provider/vm-schema.ts';

function shaped(value: ValueObject): ValueObject {
  return conformBlock(vmSchema, value) as ValueObject;
}

const CONFIG = shaped({
  node_name: 'pve1',
  name: 'web-01',
  clone: [{ vm_id: 9000 }],
  cpu: [{ cores: 4 }],
  disk: [{ interface: 'scsi0', size: 40 }],
});

const PRIOR = shaped({
  ...CONFIG,
  id: '101',
  vm_id: 101,
  description: '',
  tags: [],
  started: true,
  on_boot: true,
  clone: [{ vm_id: 9000, full: true, retries: 1 }],
  cpu: [{ cores: 4, sockets: 1, type: 'qemu64' }],
  disk: [{ interface: 'scsi0', size: 40, datastore_id: 'local-lvm' }],
  ipv4_addresses: [['127.0.0.1'], ['10.0.0.7']],
  ipv6_addresses: [],
  mac_addresses: ['BC:24:11:00:03:28'],
  network_interface_names: ['lo', 'eth0'],
});

describe('planning the VM', () => {
  it('fills in bpg/proxmox defaults and leaves computed values to the apply on create', () => {
    const plan = planVm(CONFIG, null);

    expect(plan.planned).toMatchObject({
      id: UNKNOWN,
      vm_id: UNKNOWN,
      name: 'web-01',
      tags: [],
      started: true,
      on_boot: true,
      ipv4_addresses: UNKNOWN,
      clone: [{ vm_id: 9000, full: true, retries: 1, node_name: null, datastore_id: null }],
      cpu: [{ cores: 4, sockets: 1, type: 'qemu64' }],
      disk: [{ interface: 'scsi0', size: 40, datastore_id: 'local-lvm' }],
      memory: [],
    });
    expect(plan.requiresReplace).toEqual([]);
  });

  it('keeps prior computed values, and keeps the addresses when only tags change', () => {
    const plan = planVm({ ...CONFIG, tags: ['prod'] }, PRIOR);

    expect(plan.planned).toMatchObject({
      id: '101',
      vm_id: 101,
      tags: ['prod'],
      ipv4_addresses: [['127.0.0.1'], ['10.0.0.7']],
    });
    expect(plan.diagnostics).toEqual([]);
  });

  it('makes the addresses known after apply when the guest restarts for the change', () => {
    const plan = planVm(shaped({ ...CONFIG, cpu: [{ cores: 8 }] }), PRIOR);

    expect(plan.planned?.ipv4_addresses).toBe(UNKNOWN);
    expect(plan.planned?.network_interface_names).toBe(UNKNOWN);
  });

  it('names node, identifier and template as what replaces the VM', () => {
    const plan = planVm(CONFIG, PRIOR);

    expect(plan.requiresReplace).toEqual([['node_name'], ['vm_id'], ['clone']]);
  });

  it('does not replace an imported VM (no clone block in its state) for its clone block', () => {
    const plan = planVm(CONFIG, { ...PRIOR, clone: [] });

    expect(plan.requiresReplace).toEqual([['node_name'], ['vm_id']]);
  });

  it('refuses a disk that would shrink, pointing at its size', () => {
    const plan = planVm(shaped({ ...CONFIG, disk: [{ interface: 'scsi0', size: 20 }] }), PRIOR);

    expect(plan.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'ERROR',
        summary: 'Disks cannot shrink',
        attribute: {
          steps: [{ attribute_name: 'disk' }, { element_key_int: 0 }, { attribute_name: 'size' }],
        },
      }),
    ]);
  });

  it('plans nothing for a destroy', () => {
    expect(planVm(null, PRIOR).planned).toBeNull();
  });
});
