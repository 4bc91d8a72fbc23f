// Defaults of the simulator: a three-node cluster with two cloud-init templates.
import type { SimNodeSeed, SimOptions, SimTemplateSeed } from './types.ts';

export const DEFAULT_TOKEN_ID = 'atlas@pve!atlas';
/** Test-only token secret; lowercase UUID like the ones PVE issues. */
export const DEFAULT_TOKEN_SECRET = '5f0c9a4e-3b7d-4c1a-9e2f-7a8b6c5d4e3f';

export const DEFAULT_NODES: readonly SimNodeSeed[] = [
  { name: 'pve1', cpus: 16, memoryMiB: 65_536, storageGiB: 500 },
  { name: 'pve2', cpus: 8, memoryMiB: 32_768, storageGiB: 250 },
  { name: 'pve3', cpus: 32, memoryMiB: 131_072, storageGiB: 1000 },
];

export const DEFAULT_TEMPLATES: readonly SimTemplateSeed[] = [
  { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1', diskGiB: 20 },
  { name: 'debian-12', vmid: 9001, node: 'pve1', diskGiB: 10 },
];

export interface ResolvedOptions {
  host: string;
  port: number;
  tls: SimOptions['tls'];
  tokenId: string;
  tokenSecret: string;
  taskMs: number;
  agentIpDelayMs: number;
  guestIp: string | undefined;
  lockWaitMs: number;
  firstVmid: number;
}

export function resolveOptions(options: SimOptions): ResolvedOptions {
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    tls: options.tls,
    tokenId: options.tokenId ?? DEFAULT_TOKEN_ID,
    tokenSecret: options.tokenSecret ?? DEFAULT_TOKEN_SECRET,
    taskMs: options.taskMs ?? 50,
    agentIpDelayMs: options.agentIpDelayMs ?? 100,
    guestIp: options.guestIp,
    lockWaitMs: options.lockWaitMs ?? 200,
    firstVmid: options.firstVmid ?? 100,
  };
}
