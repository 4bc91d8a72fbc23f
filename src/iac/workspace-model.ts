import { AtlasError } from '../domain/errors.ts';
import type { PlanAction, PlannedVm } from '../domain/plan.ts';
import { type TfBackend, type TfVm, WorkspaceVars } from './workspace-vars.ts';

/** Choices that are the same for every VM a deployment creates. */
export interface VmDefaults {
  /** The boot disk of the templates (`scsi0` unless they were built otherwise). */
  diskInterface: string;
  networkModel: TfVm['network']['model'];
}

export const DEFAULT_VM_DEFAULTS: VmDefaults = { diskInterface: 'scsi0', networkModel: 'virtio' };

export interface WorkspaceModelOptions {
  backend: TfBackend;
  provider: { source: string; version: string };
  defaults: VmDefaults;
}

/** The template variables for a request's workspace: one VM resource per create-vm action, checked. */
export function workspaceVars(
  requestId: string,
  actions: readonly PlanAction[],
  options: WorkspaceModelOptions,
): WorkspaceVars {
  const vms = actions.flatMap((a) =>
    a.kind === 'create-vm' ? [tfVm(requestId, a.vm, options.defaults)] : [],
  );
  const parsed = WorkspaceVars.safeParse({ backend: options.backend, provider: options.provider, vms });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new AtlasError('internal', `Generating Terraform for ${requestId}: ${problems.join('; ')}.`, {
    hint: 'Nothing was run. The plan holds a value Terraform cannot be given; plan the request again.',
  });
}

export function tfVm(requestId: string, vm: PlannedVm, defaults: VmDefaults): TfVm {
  return {
    resource: resourceLabel(vm.name),
    name: vm.name,
    vmId: vm.vmid,
    node: vm.node,
    description: ownerDescription(requestId, vm.name),
    tags: [...new Set(vm.tags)].sort(),
    started: true,
    clone: { vmId: vm.template.vmid, node: vm.template.node, datastore: vm.storage, full: true },
    cores: vm.cores,
    memoryMiB: vm.memoryMiB,
    disk: { datastore: vm.storage, interface: defaults.diskInterface, sizeGiB: vm.diskGiB },
    network: { bridge: vm.bridge, model: defaults.networkModel },
    cloudInit: {
      datastore: vm.storage,
      user: vm.ciUser,
      sshKeys: [...vm.sshKeys],
      ipv4: parseIpConfig(vm.ipConfig),
    },
    agent: true,
  };
}

/** `web-01` → `vm_web_01`. VM names have no `_`, so two names never share a label. */
export function resourceLabel(name: string): string {
  return `vm_${name.replaceAll('-', '_')}`;
}

/** The VM a resource address is about (`proxmox_virtual_environment_vm.vm_web_01` → `web-01`). */
export function vmNameOf(address: string): string | undefined {
  const label = /^proxmox_virtual_environment_vm\.vm_([a-z0-9_]+)$/.exec(address)?.[1];
  return label?.replaceAll('_', '-');
}

/** The same words the API engine writes, so either engine recognises the VMs of a request. */
export function ownerDescription(requestId: string, name: string): string {
  return `Created by ATLAS for request ${requestId} (${name}).`;
}

/** PVE's `ipconfig0` (`ip=dhcp`, `ip=10.0.0.5/24,gw=10.0.0.1`) as bpg's `ip_config.ipv4`. */
export function parseIpConfig(text: string): TfVm['cloudInit']['ipv4'] {
  const fields = new Map(
    text.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const ip = fields.get('ip');
  if (ip === 'dhcp' || ip === undefined) return { address: 'dhcp' };
  const gateway = fields.get('gw');
  return gateway === undefined ? { address: ip } : { address: ip, gateway };
}
