import { z } from 'zod';
import { NODE_NAME_PATTERN, SshKey, Tag, VmName } from '../domain/names.ts';

/**
 * The variables the Terraform templates may use (templates/README.md documents each one). Every value
 * is checked here before a template sees it, so names, tags, nodes and storage ids can only be what
 * Proxmox itself accepts; free text (descriptions, SSH key comments) is escaped by the `hcl` filter.
 */
const Node = z.string().regex(NODE_NAME_PATTERN, 'must be a Proxmox node name');
/** PVE storage ids: `local-lvm`, `ceph_pool.1`. */
const Datastore = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,63}$/, 'must be a Proxmox storage id');
const Bridge = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.-]{0,15}$/, 'must be a Linux bridge name');
const VmId = z.number().int().min(100).max(999_999_999);
const OCTETS = '(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)';
const Ipv4 = z.string().regex(new RegExp(`^${OCTETS}$`), 'must be an IPv4 address');
const Ipv4Cidr = z
  .string()
  .regex(new RegExp(`^${OCTETS}/(?:3[0-2]|[12]?\\d)$`), 'must be an IPv4 address with a prefix length');

export const TfVm = z.strictObject({
  /** The resource label, also used bare in references: `vm_` and the name with `_` for `-`. */
  resource: z.string().regex(/^vm_[a-z0-9_]{1,63}$/, 'must be vm_ and the VM name'),
  name: VmName,
  vmId: VmId,
  node: Node,
  description: z.string().max(8192),
  /** Sorted, as Proxmox reports them (an unsorted list would show a change on every plan). */
  tags: z.array(Tag).max(20),
  started: z.boolean(),
  clone: z.strictObject({ vmId: VmId, node: Node, datastore: Datastore, full: z.boolean() }),
  cores: z.number().int().min(1).max(512),
  memoryMiB: z
    .number()
    .int()
    .min(16)
    .max(64 * 1024 * 1024),
  disk: z.strictObject({
    datastore: Datastore,
    interface: z.string().regex(/^(?:scsi|virtio|sata)\d{1,2}$/, 'must be a disk interface such as scsi0'),
    sizeGiB: z
      .number()
      .int()
      .min(1)
      .max(1024 * 1024),
  }),
  network: z.strictObject({ bridge: Bridge, model: z.enum(['virtio', 'e1000', 'rtl8139', 'vmxnet3']) }),
  cloudInit: z.strictObject({
    datastore: Datastore,
    user: z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, 'must be a Linux user name'),
    sshKeys: z.array(SshKey).max(10),
    ipv4: z.union([
      z.strictObject({ address: z.literal('dhcp') }),
      z.strictObject({ address: Ipv4Cidr, gateway: Ipv4.optional() }),
    ]),
  }),
  agent: z.boolean(),
});
export type TfVm = z.infer<typeof TfVm>;

export const TfBackend = z.discriminatedUnion('kind', [
  /** State in PostgreSQL (connection string from PG_CONN_STR), one Terraform workspace per request. */
  z.strictObject({ kind: z.literal('pg'), schemaName: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/) }),
  /**
   * State in a file under ATLAS's data directory: `terraform.tfstate` next to the configuration, or the
   * one of another request's workspace (`../r-7f3k/terraform.tfstate`) when destroying a VM it made.
   */
  z.strictObject({
    kind: z.literal('local'),
    statePath: z.string().regex(/^(?:\.\.\/r-[0-9a-z]{4,8}\/)?terraform\.tfstate$/),
  }),
]);
export type TfBackend = z.infer<typeof TfBackend>;

export const WorkspaceVars = z.strictObject({
  backend: TfBackend,
  provider: z.strictObject({
    source: z.string().regex(/^(?:[a-z0-9.-]+\/)?[a-z0-9-]+\/[a-z0-9-]+$/),
    version: z.string().regex(/^[0-9A-Za-z.~<>=!, -]{1,60}$/),
  }),
  vms: z.array(TfVm).max(50),
});
export type WorkspaceVars = z.infer<typeof WorkspaceVars>;
