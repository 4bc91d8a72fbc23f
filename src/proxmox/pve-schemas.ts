import { z } from 'zod';
import { AtlasError } from '../domain/errors.ts';

/** PVE sends numbers as numbers or strings (`"nextid": "101"`). */
export const looseNumber = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
  z.number().refine(Number.isFinite, 'must be a finite number'),
);

/** PVE sends booleans as 0/1, "0"/"1" or true/false. */
export const looseBoolean = z.preprocess((v) => {
  if (v === 1 || v === '1' || v === 'true') return true;
  if (v === 0 || v === '0' || v === 'false' || v === '') return false;
  return v;
}, z.boolean());

export const NodeEntry = z.object({
  node: z.string(),
  status: z.string().optional(),
  cpu: looseNumber.optional(),
  maxcpu: looseNumber.optional(),
  mem: looseNumber.optional(),
  maxmem: looseNumber.optional(),
});
export type NodeEntry = z.infer<typeof NodeEntry>;

/** One row of `/cluster/resources?type=vm` (qemu VMs and lxc containers). */
export const VmResource = z.object({
  vmid: looseNumber,
  type: z.string().optional(),
  name: z.string().optional(),
  node: z.string(),
  status: z.string().optional(),
  template: looseBoolean.optional(),
  tags: z.string().optional(),
  lock: z.string().optional(),
  maxcpu: looseNumber.optional(),
  maxmem: looseNumber.optional(),
  maxdisk: looseNumber.optional(),
  uptime: looseNumber.optional(),
});
export type VmResource = z.infer<typeof VmResource>;

export const StorageEntry = z.object({
  storage: z.string(),
  content: z.string().optional(),
  avail: looseNumber.optional(),
  active: looseBoolean.optional(),
  enabled: looseBoolean.optional(),
  shared: looseBoolean.optional(),
});
export type StorageEntry = z.infer<typeof StorageEntry>;

export const NetworkEntry = z.object({
  iface: z.string(),
  type: z.string().optional(),
  active: looseBoolean.optional(),
});

export const TaskStatus = z.object({
  status: z.string(),
  exitstatus: z.string().optional(),
});

export const TaskLogLine = z.object({ n: looseNumber.optional(), t: z.string() });

export const VmCurrentStatus = z.object({
  status: z.string(),
  lock: z.string().optional(),
});

export const AgentInterfaces = z.object({
  result: z.array(
    z.object({
      name: z.string().optional(),
      'ip-addresses': z
        .array(z.object({ 'ip-address': z.string(), 'ip-address-type': z.string().optional() }))
        .optional(),
    }),
  ),
});
export type AgentInterfaces = z.infer<typeof AgentInterfaces>;

/** The VM config fields ATLAS reads; disks (`scsi0`, `virtio0`, ...) stay in the loose rest. */
export const VmConfig = z.looseObject({
  name: z.string().optional(),
  cores: looseNumber.optional(),
  memory: z.union([z.string(), z.number()]).optional(),
  description: z.string().optional(),
  tags: z.string().optional(),
  ciuser: z.string().optional(),
  sshkeys: z.string().optional(),
  ipconfig0: z.string().optional(),
  net0: z.string().optional(),
  agent: z.union([z.string(), z.number()]).optional(),
  boot: z.string().optional(),
  lock: z.string().optional(),
  template: looseBoolean.optional(),
});
export type VmConfig = z.infer<typeof VmConfig>;

/** Validates what Proxmox sent; says what was being read when it does not fit. */
export function parseAnswer<T extends z.ZodType>(schema: T, data: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new AtlasError(
    'proxmox',
    `Reading ${what}: Proxmox sent an unexpected answer${where}: ${issue?.message}`,
    {
      hint: 'Check that the Proxmox VE version is one ATLAS supports.',
    },
  );
}

/** PVE tag lists: `a;b`, also `a,b` or `a b`. */
export function parseTags(tags: string | undefined): string[] {
  return (tags ?? '').split(/[;, ]+/).filter((t) => t !== '');
}
