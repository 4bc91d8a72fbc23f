// What to write to a VM's config so that it matches the resource's arguments: only the keys that
// differ, and `delete` for settings that should be gone. Disks and power are handled elsewhere.

import { parseTags } from '../../proxmox/pve-schemas.ts';
import { agentEnabled, decodeSshKeys, encodeSshKeys, memoryOf } from '../../proxmox/vm-config.ts';
import {
  cloudInitDrive,
  cpuTypeOf,
  formatIpConfig,
  formatNet,
  parseIpConfig,
  parseNet,
  withCpuType,
} from './pve-formats.ts';
import type { InitArgs, VmArgs } from './vm-args.ts';

export type PveConfig = Record<string, unknown>;

export interface ConfigChanges {
  set: Record<string, string | number>;
  remove: string[];
}

/** Keys whose change takes effect on a running VM without a reboot. */
const HOT = new Set(['name', 'description', 'tags', 'onboot']);

export function configChanges(current: PveConfig, args: VmArgs): ConfigChanges {
  const changes: ConfigChanges = { set: {}, remove: [] };
  const put = (key: string, value: string | number) => {
    if (String(current[key] ?? '') !== String(value)) changes.set[key] = value;
  };
  if (args.name !== null) put('name', args.name);
  if (args.description !== null) textOrRemove(changes, current, 'description', args.description);
  if (args.tags !== null && !sameSet(parseTags(stringOf(current.tags)), args.tags))
    textOrRemove(changes, current, 'tags', args.tags.join(';'));
  if (args.on_boot !== null && isOn(current.onboot) !== args.on_boot)
    changes.set.onboot = args.on_boot ? 1 : 0;
  const cpu = args.cpu[0];
  if (cpu?.cores != null) put('cores', cpu.cores);
  if (cpu?.sockets != null && Number(current.sockets ?? 1) !== cpu.sockets) changes.set.sockets = cpu.sockets;
  if (cpu?.type != null && cpuTypeOf(current.cpu) !== cpu.type)
    changes.set.cpu = withCpuType(current.cpu, cpu.type);
  const memory = args.memory[0]?.dedicated;
  if (memory != null && memoryOf(stringOrNumber(current.memory)) !== memory) changes.set.memory = memory;
  const agent = args.agent[0]?.enabled;
  if (agent != null && agentEnabled(stringOrNumber(current.agent)) !== agent)
    changes.set.agent = agent ? 1 : 0;
  nicChanges(changes, current, args);
  const init = args.initialization[0];
  if (init) cloudInitChanges(changes, current, init);
  return changes;
}

/** True when a running VM must reboot for the changes to take effect. */
export function needsReboot(changes: ConfigChanges): boolean {
  return [...Object.keys(changes.set), ...changes.remove].some((key) => !HOT.has(key));
}

function nicChanges(changes: ConfigChanges, current: PveConfig, args: VmArgs): void {
  args.network_device.forEach((device, i) => {
    const key = `net${i}`;
    const existing = stringOf(current[key]);
    const nic =
      existing === undefined
        ? { model: 'virtio', mac: undefined, bridge: undefined, rest: [] }
        : parseNet(existing);
    const next = {
      ...nic,
      model: device.model ?? nic.model,
      bridge: device.bridge ?? nic.bridge,
      mac: device.mac_address?.toUpperCase() ?? nic.mac,
    };
    const value = formatNet(next);
    if (value !== existing) changes.set[key] = value;
  });
}

function cloudInitChanges(changes: ConfigChanges, current: PveConfig, init: InitArgs): void {
  const drive = cloudInitDrive(current);
  if (init.datastore_id !== null && drive?.storage !== init.datastore_id)
    changes.set[drive?.key ?? 'ide2'] = `${init.datastore_id}:cloudinit`;
  const user = init.user_account[0];
  if (user?.username != null && current.ciuser !== user.username) changes.set.ciuser = user.username;
  if (user?.keys != null && !sameList(decodeSshKeys(stringOf(current.sshkeys)), trimmed(user.keys)))
    textOrRemove(
      changes,
      current,
      'sshkeys',
      user.keys.length === 0 ? '' : encodeSshKeys(trimmed(user.keys)),
    );
  init.ip_config.forEach((config, i) => {
    const ipv4 = config.ipv4[0];
    if (!ipv4 || (ipv4.address === null && ipv4.gateway === null)) return;
    const key = `ipconfig${i}`;
    const now = parseIpConfig(stringOf(current[key]));
    const wanted = { address: ipv4.address ?? now.address, gateway: ipv4.gateway ?? now.gateway };
    const value = formatIpConfig(stringOf(current[key]), wanted);
    if (value !== stringOf(current[key])) changes.set[key] = value;
  });
}

function textOrRemove(changes: ConfigChanges, current: PveConfig, key: string, value: string): void {
  if (value === '') {
    if (current[key] !== undefined && current[key] !== '') changes.remove.push(key);
  } else if (current[key] !== value) changes.set[key] = value;
}

export function trimmed(keys: readonly string[]): string[] {
  return keys.map((k) => k.trim()).filter((k) => k !== '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((x) => left.has(x));
}

function isOn(value: unknown): boolean {
  return value === 1 || value === '1' || value === true;
}

function stringOf(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

function stringOrNumber(value: unknown): string | number | undefined {
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}
