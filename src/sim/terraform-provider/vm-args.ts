// The resource's arguments as typed data, read from a planned or prior state object (unknown values,
// which only computed attributes may hold at apply time, read as null).
import { z } from 'zod';
import { isObject, UNKNOWN, type Value, type ValueObject } from './cty-value.ts';

const text = z.string().nullable();
const count = z.number().int().nullable();
const flag = z.boolean().nullable();

export const CloneArgs = z.object({
  vm_id: z.number().int(),
  node_name: text,
  full: flag,
  datastore_id: text,
  retries: count,
});
export type CloneArgs = z.infer<typeof CloneArgs>;

export const DiskArgs = z.object({ datastore_id: text, interface: z.string(), size: count });
export type DiskArgs = z.infer<typeof DiskArgs>;

export const NicArgs = z.object({ bridge: text, model: text, mac_address: text });
export type NicArgs = z.infer<typeof NicArgs>;

export const Ipv4Args = z.object({ address: text, gateway: text });
export type Ipv4Args = z.infer<typeof Ipv4Args>;

export const InitArgs = z.object({
  datastore_id: text,
  user_account: z.array(z.object({ username: text, keys: z.array(z.string()).nullable() })),
  ip_config: z.array(z.object({ ipv4: z.array(Ipv4Args) })),
});
export type InitArgs = z.infer<typeof InitArgs>;

export const VmArgs = z.object({
  id: text,
  node_name: z.string(),
  vm_id: count,
  name: text,
  description: text,
  tags: z.array(z.string()).nullable(),
  started: flag,
  on_boot: flag,
  clone: z.array(CloneArgs),
  cpu: z.array(z.object({ cores: count, sockets: count, type: text })),
  memory: z.array(z.object({ dedicated: count })),
  disk: z.array(DiskArgs),
  network_device: z.array(NicArgs),
  initialization: z.array(InitArgs),
  agent: z.array(z.object({ enabled: flag, timeout: text })),
});
export type VmArgs = z.infer<typeof VmArgs>;

export function vmArgs(state: ValueObject): VmArgs {
  return VmArgs.parse(unknownToNull(state));
}

function unknownToNull(value: Value): unknown {
  if (value === UNKNOWN) return null;
  if (Array.isArray(value)) return value.map(unknownToNull);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unknownToNull(v)]));
  return value;
}
