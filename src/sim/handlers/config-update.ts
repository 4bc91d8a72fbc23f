// Applying `POST/PUT /nodes/{node}/qemu/{vmid}/config` parameters to a VM config, with PVE's own checks.
// Changes apply at once (the simulator keeps no pending section for running VMs).
import { configDigest } from '../config-digest.ts';
import type { ContractEndpoint } from '../contract.ts';
import { paramSchema } from '../contract.ts';
import { paramError, SimError } from '../sim-error.ts';
import type { SimConfig, SimVm } from '../types.ts';

/** Parameters that steer the update and are not config keys. */
const CONTROL = new Set([
  'node',
  'vmid',
  'delete',
  'digest',
  'skiplock',
  'background_delay',
  'revert',
  'force',
]);
const SSH_KEY =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+=*( .*)?$/;

export function deletions(params: Record<string, string>): string[] {
  return (params.delete ?? '').split(/[,;\s]+/).filter((key) => key !== '');
}

function checkSshKeys(encoded: string): void {
  let keys: string;
  try {
    keys = decodeURIComponent(encoded);
  } catch {
    throw new SimError(500, 'SSH public key validation error');
  }
  const bad = keys.split('\n').some((line) => line.trim() !== '' && !SSH_KEY.test(line.trim()));
  if (bad) throw new SimError(500, 'SSH public key validation error');
}

/** The checks PVE makes before it locks the config: conflicting keys, digest, SSH keys. */
export function checkUpdate(vm: SimVm, params: Record<string, string>): void {
  for (const key of deletions(params)) {
    if (params[key] !== undefined)
      throw paramError({ delete: `you can't use '-${key}' and -delete ${key}' at the same time` });
  }
  if (params.digest !== undefined && params.digest !== configDigest(vm.config)) {
    throw new SimError(500, 'detected modified configuration - file changed by other user? Try again.');
  }
  if (params.sshkeys !== undefined) checkSshKeys(params.sshkeys);
}

function typed(endpoint: ContractEndpoint, key: string, value: string): string | number {
  const type = paramSchema(endpoint, key)?.type;
  if (type === 'integer' || type === 'number') return Number(value);
  if (type === 'boolean') return /^(1|on|yes|true)$/i.test(value) ? 1 : 0;
  if (key === 'tags') return [...new Set(value.split(/[;, ]+/).filter((tag) => tag !== ''))].join(';');
  return value;
}

/** The config keys an update sets, typed like PVE returns them (integers as numbers, booleans as 0/1). */
export function configChanges(endpoint: ContractEndpoint, params: Record<string, string>): SimConfig {
  const changes: SimConfig = {};
  for (const [key, value] of Object.entries(params)) {
    if (!CONTROL.has(key)) changes[key] = typed(endpoint, key, value);
  }
  return changes;
}

export function applyUpdate(vm: SimVm, endpoint: ContractEndpoint, params: Record<string, string>): void {
  for (const key of deletions(params)) delete vm.config[key];
  Object.assign(vm.config, configChanges(endpoint, params));
}

/** How the task log names the update: `update VM 101: -cores 4 -memory 4096`. */
export function describeUpdate(vmid: number, params: Record<string, string>): string {
  const parts = Object.entries(params)
    .filter(([key]) => key !== 'node' && key !== 'vmid')
    .map(([key, value]) =>
      key === 'sshkeys' || key === 'cipassword' ? `-${key} <hidden>` : `-${key} ${value}`,
    );
  return `update VM ${vmid}: ${parts.join(' ')}`;
}
