import { ownerTag } from '../domain/owner-tag.ts';
import type { PlannedVm } from '../domain/plan.ts';
import { parseTags, type VmConfig } from './pve-schemas.ts';

/** Set at clone time, so a retried apply recognises its own VM even before the tags are written. */
export function ownerDescription(requestId: string, name: string): string {
  return `Created by ATLAS for request ${requestId} (${name}).`;
}

export function isOwnedBy(config: VmConfig, requestId: string): boolean {
  const tagged = parseTags(config.tags).includes(ownerTag(requestId));
  return tagged || (config.description ?? '').includes(`ATLAS for request ${requestId} `);
}

/** OpenSSH keys as PVE wants them: one per line, URL-encoded (the form encoding comes on top). */
export function encodeSshKeys(keys: readonly string[]): string {
  return encodeURIComponent(keys.join('\n'));
}

export function decodeSshKeys(value: string | undefined): string[] {
  if (!value) return [];
  let text = value;
  try {
    text = decodeURIComponent(value);
  } catch {
    // already plain text
  }
  return text
    .split('\n')
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

/** `2048`, `current=2048` or `current=2048,...` → 2048 */
export function memoryOf(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return value;
  const match = /(?:^|,)(?:current=)?(\d+)(?:,|$)/.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

export function agentEnabled(value: string | number | undefined): boolean {
  if (value === undefined) return false;
  return /^(?:enabled=)?1(?:,|$)/.test(String(value)) || /(?:^|,)enabled=1(?:,|$)/.test(String(value));
}

export function bridgeOf(net: string | undefined): string | undefined {
  return /(?:^|,)bridge=([^,]+)/.exec(net ?? '')?.[1];
}

/** The NIC on `bridge`, keeping the model and MAC address the clone already has. */
export function netWithBridge(net: string | undefined, bridge: string): string {
  if (!net) return `virtio,bridge=${bridge}`;
  if (bridgeOf(net) !== undefined) return net.replace(/(^|,)bridge=[^,]+/, `$1bridge=${bridge}`);
  return `${net},bridge=${bridge}`;
}

/** The config parameters that differ from the plan: empty when the VM is already configured. */
export function configChanges(
  config: VmConfig,
  vm: PlannedVm,
  requestId: string,
): Record<string, string | number> {
  const changes: Record<string, string | number> = {};
  if (config.cores !== vm.cores) changes.cores = vm.cores;
  if (memoryOf(config.memory) !== vm.memoryMiB) changes.memory = vm.memoryMiB;
  if (config.ciuser !== vm.ciUser) changes.ciuser = vm.ciUser;
  if (!sameSet(decodeSshKeys(config.sshkeys), vm.sshKeys) && vm.sshKeys.length > 0) {
    changes.sshkeys = encodeSshKeys(vm.sshKeys);
  }
  if (config.ipconfig0 !== vm.ipConfig) changes.ipconfig0 = vm.ipConfig;
  if (bridgeOf(config.net0) !== vm.bridge) changes.net0 = netWithBridge(config.net0, vm.bridge);
  if (!agentEnabled(config.agent)) changes.agent = 1;
  if (!sameSet(parseTags(config.tags), vm.tags)) changes.tags = vm.tags.join(';');
  if (!isOwnedBy(config, requestId)) changes.description = ownerDescription(requestId, vm.name);
  return changes;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((x) => left.has(x));
}
