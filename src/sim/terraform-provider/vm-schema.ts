// `proxmox_virtual_environment_vm`: the subset of bpg/proxmox's resource that ATLAS generates, with
// bpg's argument names and defaults. VMs are always cloned from a template.
import { attr, type BlockSpec, type NestedBlockSpec } from './schema.ts';

export const VM_RESOURCE = 'proxmox_virtual_environment_vm';

const listOfStrings = { list: 'string' } as const;

function single(block: BlockSpec): NestedBlockSpec {
  return { ...block, maxItems: 1 };
}

const clone = single({
  description: 'The template to clone the VM from.',
  attributes: {
    vm_id: attr.required('number', 'The VM identifier of the template.'),
    node_name: attr.optional('string', 'The node the template is on (found in the cluster when left out).'),
    full: attr.withDefault('bool', true, 'A full clone (own disks) rather than a linked clone.'),
    datastore_id: attr.optional('string', "The datastore for the clone's disks."),
    retries: attr.withDefault('number', 1, 'How often to try again when the template is locked.'),
  },
  blocks: {},
});

const cpu = single({
  description: 'The CPU configuration.',
  attributes: {
    cores: attr.withDefault('number', 1, 'CPU cores per socket.'),
    sockets: attr.withDefault('number', 1, 'CPU sockets.'),
    type: attr.withDefault('string', 'qemu64', 'The emulated CPU type.'),
  },
  blocks: {},
});

const memory = single({
  description: 'The memory configuration.',
  attributes: { dedicated: attr.withDefault('number', 512, 'Dedicated memory in MiB.') },
  blocks: {},
});

const disk: NestedBlockSpec = {
  description: 'A disk. A disk the clone already has is grown to `size`; disks never shrink.',
  attributes: {
    datastore_id: attr.withDefault('string', 'local-lvm', 'The datastore of the disk.'),
    interface: attr.required('string', 'The disk interface: scsi0, virtio0, sata0, ide0, ...'),
    size: attr.withDefault('number', 8, 'The disk size in GiB.'),
  },
  blocks: {},
};

const networkDevice: NestedBlockSpec = {
  description: 'A network device (net0, net1, ... in order).',
  attributes: {
    bridge: attr.withDefault('string', 'vmbr0', 'The bridge to attach to.'),
    model: attr.withDefault('string', 'virtio', 'The NIC model: virtio, e1000, e1000e, rtl8139, vmxnet3.'),
    mac_address: attr.flexible('string', 'The MAC address.'),
  },
  blocks: {},
};

const initialization = single({
  description: 'The cloud-init configuration.',
  attributes: {
    datastore_id: attr.withDefault('string', 'local-lvm', 'The datastore of the cloud-init drive.'),
  },
  blocks: {
    user_account: single({
      description: 'The user cloud-init creates.',
      attributes: {
        username: attr.flexible('string', 'The user name.'),
        keys: attr.flexible(listOfStrings, 'The SSH public keys of the user.'),
      },
      blocks: {},
    }),
    ip_config: {
      description: 'The IP configuration of one network device (the first block is net0).',
      attributes: {},
      blocks: {
        ipv4: single({
          description: 'IPv4 settings.',
          attributes: {
            address: attr.flexible('string', 'An address with prefix length (10.0.0.5/24), or dhcp.'),
            gateway: attr.flexible('string', 'The default gateway.'),
          },
          blocks: {},
        }),
      },
    },
  },
});

const agent = single({
  description: 'The QEMU guest agent.',
  attributes: {
    enabled: attr.withDefault('bool', false, 'Whether the guest agent is enabled (and waited for).'),
    timeout: attr.withDefault('string', '15m', 'How long to wait for the agent to report IP addresses.'),
  },
  blocks: {},
});

export const vmSchema: BlockSpec = {
  description: 'A QEMU virtual machine cloned from a template.',
  attributes: {
    id: attr.computed('string', 'The VM identifier, as text.'),
    node_name: attr.required('string', 'The node the VM runs on. Changing it replaces the VM.'),
    vm_id: attr.flexible(
      'number',
      'The VM identifier (the next free one when left out). Changing it replaces the VM.',
    ),
    name: attr.flexible('string', 'The VM name.'),
    description: attr.flexible('string', 'The description.'),
    tags: attr.withDefault(listOfStrings, [], 'Tags.'),
    started: attr.withDefault('bool', true, 'Whether the VM runs.'),
    on_boot: attr.withDefault('bool', true, 'Whether the VM starts when its node boots.'),
    ipv4_addresses: attr.computed(
      { list: listOfStrings },
      'IPv4 addresses per interface, from the guest agent.',
    ),
    ipv6_addresses: attr.computed(
      { list: listOfStrings },
      'IPv6 addresses per interface, from the guest agent.',
    ),
    mac_addresses: attr.computed(listOfStrings, 'MAC addresses per interface.'),
    network_interface_names: attr.computed(listOfStrings, 'Interface names, from the guest agent.'),
  },
  blocks: {
    clone,
    cpu,
    memory,
    disk,
    network_device: networkDevice,
    initialization,
    agent,
  },
};
