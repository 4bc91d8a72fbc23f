// The resource's state from what PVE reports. Blocks appear as the reference (the prior or planned
// state) has them, so that what the configuration leaves out is not read back; an import reads all.

import { parseTags } from '../../proxmox/pve-schemas.ts';
import { agentEnabled, decodeSshKeys, memoryOf } from '../../proxmox/vm-config.ts';
import type { ValueObject } from './cty-value.ts';
import {
  cloudInitDrive,
  cpuTypeOf,
  isCdrom,
  isCloudInit,
  parseDisk,
  parseIpConfig,
  parseNet,
} from './pve-formats.ts';
import { sameKeys, sameSet, sameText } from './same-spelling.ts';
import type { NetworkFacts } from './vm-agent.ts';
import type { VmArgs } from './vm-args.ts';
import type { PveConfig } from './vm-config-changes.ts';

export interface VmFacts {
  vmid: number;
  node: string;
  config: PveConfig;
  running: boolean;
  /** From the guest agent, when it answered. */
  network: NetworkFacts | undefined;
}

const DISK_KEY = /^(scsi|virtio|sata|ide)(\d+)$/;

export function vmState(facts: VmFacts, ref: VmArgs, imported: boolean): ValueObject {
  const { config } = facts;
  const wants = (list: readonly unknown[]) => imported || list.length > 0;
  const nics = nicStates(config, imported ? Number.POSITIVE_INFINITY : ref.network_device.length);
  return {
    id: String(facts.vmid),
    node_name: facts.node,
    vm_id: facts.vmid,
    name: text(config.name),
    description: sameText(ref.description, text(config.description) ?? ''),
    tags: sameSet(ref.tags, parseTags(text(config.tags) ?? undefined)),
    started: facts.running,
    on_boot: config.onboot === 1 || config.onboot === '1',
    clone: ref.clone,
    cpu: wants(ref.cpu)
      ? [
          {
            cores: Number(config.cores ?? 1),
            sockets: Number(config.sockets ?? 1),
            type: cpuTypeOf(config.cpu),
          },
        ]
      : [],
    memory: wants(ref.memory) ? [{ dedicated: memoryOf(pveScalar(config.memory)) ?? 512 }] : [],
    disk: diskStates(config, ref, imported),
    network_device: nics,
    initialization: initStates(config, ref, imported),
    agent: wants(ref.agent)
      ? [{ enabled: agentEnabled(pveScalar(config.agent)), timeout: ref.agent[0]?.timeout ?? '15m' }]
      : [],
    ipv4_addresses: facts.network?.ipv4 ?? [],
    ipv6_addresses: facts.network?.ipv6 ?? [],
    mac_addresses: facts.network?.macs ?? nics.map((nic) => nic.mac_address ?? ''),
    network_interface_names: facts.network?.names ?? [],
  };
}

function diskStates(config: PveConfig, ref: VmArgs, imported: boolean): ValueObject[] {
  const keys = imported
    ? Object.keys(config)
        .filter((k) => isDisk(k, config[k]))
        .sort(byBus)
    : ref.disk.map((d) => d.interface);
  return keys.flatMap((key) => {
    const value = config[key];
    if (typeof value !== 'string') return [];
    const facts = parseDisk(value);
    return [{ datastore_id: facts.storage, interface: key, size: facts.sizeGiB ?? null }];
  });
}

function nicStates(
  config: PveConfig,
  limit: number,
): { bridge: string | null; model: string; mac_address: string | null }[] {
  const states = [];
  for (let i = 0; i < limit; i += 1) {
    const value = config[`net${i}`];
    if (typeof value !== 'string') break;
    const nic = parseNet(value);
    states.push({ bridge: nic.bridge ?? null, model: nic.model, mac_address: nic.mac ?? null });
  }
  return states;
}

function initStates(config: PveConfig, ref: VmArgs, imported: boolean): ValueObject[] {
  const drive = cloudInitDrive(config);
  const wanted = ref.initialization[0];
  if (!wanted && !(imported && drive)) return [];
  const keys = sameKeys(
    wanted?.user_account[0]?.keys ?? null,
    decodeSshKeys(text(config.sshkeys) ?? undefined),
  );
  const hasUser = wanted ? wanted.user_account.length > 0 : config.ciuser !== undefined || keys.length > 0;
  const configs = imported ? countIpConfigs(config) : (wanted?.ip_config.length ?? 0);
  const ipConfig = Array.from({ length: configs }, (_, i) => {
    const ip = parseIpConfig(text(config[`ipconfig${i}`]) ?? undefined);
    const hasIpv4 = wanted ? (wanted.ip_config[i]?.ipv4.length ?? 0) > 0 : ip.address !== undefined;
    return { ipv4: hasIpv4 ? [{ address: ip.address ?? null, gateway: ip.gateway ?? null }] : [] };
  });
  return [
    {
      datastore_id: drive?.storage ?? null,
      user_account: hasUser ? [{ username: text(config.ciuser), keys }] : [],
      ip_config: ipConfig,
    },
  ];
}

function countIpConfigs(config: PveConfig): number {
  let n = 0;
  while (config[`ipconfig${n}`] !== undefined) n += 1;
  return n;
}

function isDisk(key: string, value: unknown): boolean {
  return (
    DISK_KEY.test(key) &&
    typeof value === 'string' &&
    value.includes(':') &&
    !isCdrom(value) &&
    !isCloudInit(value)
  );
}

function byBus(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function text(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

function pveScalar(value: unknown): string | number | undefined {
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}
