import { AtlasError } from '../domain/errors.ts';
import type { VmInfo } from '../domain/inventory.ts';
import { formatMiB } from '../domain/size.ts';
import type { UserRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { CoreDeps } from './deps.ts';
import { editDistance, rankByDistance } from './grammar/edit-distance.ts';

export const MANAGED_TAG = 'atlas';

/** A VM by name, or an error that lists the nearest names. */
export async function findVm(deps: CoreDeps, name: string): Promise<VmInfo> {
  const vm = await deps.inventory.vm(name);
  if (vm) return vm;
  const names = (await deps.inventory.vms()).map((v) => v.name);
  const near = rankByDistance(name, names)
    .filter((candidate) => editDistance(name, candidate) <= Math.max(2, Math.floor(name.length / 3)))
    .slice(0, 3);
  throw new AtlasError('not_found', `There is no VM called ${name}.`, {
    hint:
      near.length > 0
        ? `Did you mean ${near.join(', ')}? /atlas vm list shows them all.`
        : '/atlas vm list shows the VMs ATLAS manages.',
  });
}

/** ATLAS only changes VMs it created (tagged `atlas`); others belong to whoever made them. */
export function assertManaged(vm: VmInfo, verb: string): void {
  if (!vm.tags.includes(MANAGED_TAG)) {
    throw new AtlasError(
      'policy',
      `${vm.name} (vmid ${vm.vmid}) was not created by ATLAS, so ATLAS will not ${verb} it.`,
      {
        hint: 'Change it in Proxmox directly, or add the tag `atlas` there to hand it to ATLAS.',
      },
    );
  }
}

export async function listVms(deps: CoreDeps, user: UserRef, mine: boolean): Promise<ThreadView> {
  let vms = (await deps.inventory.vms()).filter((vm) => vm.tags.includes(MANAGED_TAG));
  if (mine) {
    const ids = new Set((await deps.requests.listByRequester(user.id, 500)).map((r) => r.id.toLowerCase()));
    vms = vms.filter((vm) => vm.tags.some((t) => ids.has(t.replace(/^atlas-/, ''))));
  }
  const rows = vms
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((vm) => [
      vm.name,
      vm.status,
      vm.node,
      String(vm.vmid),
      vm.cores ? String(vm.cores) : '',
      vm.memoryMiB ? formatMiB(vm.memoryMiB) : '',
    ]);
  return {
    kind: 'table',
    tone: 'neutral',
    title:
      rows.length === 0
        ? mine
          ? 'You have no VMs from ATLAS yet.'
          : 'ATLAS manages no VMs yet.'
        : `${rows.length} VM(s)${mine ? ' of yours' : ''}`,
    ...(rows.length > 0
      ? { table: { columns: ['name', 'status', 'node', 'vmid', 'cores', 'memory'], rows } }
      : { text: 'Create one: /atlas vm create web-01' }),
    visibility: 'thread',
  };
}

export async function vmStatus(deps: CoreDeps, name: string): Promise<ThreadView> {
  const vm = await findVm(deps, name);
  const fields = [
    { label: 'Status', value: vm.status },
    { label: 'Node', value: vm.node },
    { label: 'VMID', value: String(vm.vmid) },
  ];
  if (vm.cores) fields.push({ label: 'Cores', value: String(vm.cores) });
  if (vm.memoryMiB) fields.push({ label: 'Memory', value: formatMiB(vm.memoryMiB) });
  if (vm.ip) fields.push({ label: 'IP', value: vm.ip });
  if (vm.tags.length > 0) fields.push({ label: 'Tags', value: vm.tags.join(', ') });
  return {
    kind: 'notice',
    tone: vm.status === 'running' ? 'success' : 'neutral',
    title: `${vm.name}`,
    fields,
    visibility: 'thread',
  };
}

export async function listTemplates(deps: CoreDeps): Promise<ThreadView> {
  const templates = await deps.inventory.templates();
  return {
    kind: 'table',
    tone: 'neutral',
    title: templates.length === 0 ? 'Proxmox has no VM templates.' : `${templates.length} template(s)`,
    table: {
      columns: ['name', 'node', 'vmid'],
      rows: templates.map((t) => [t.name, t.node, String(t.vmid)]),
    },
    text: `Default: ${deps.policy.defaults.template}. Use one with --template NAME.`,
    visibility: 'thread',
  };
}
