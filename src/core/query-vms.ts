import type { VmInfo } from '../domain/inventory.ts';
import { DEFAULT_LANGUAGE, type Language } from '../domain/language.ts';
import { formatMiB } from '../domain/size.ts';
import type { UserRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { CoreDeps } from './deps.ts';
import { editDistance, rankByDistance } from './grammar/edit-distance.ts';
import { coreErrorsEn, type ManagedVerb } from './i18n/core-errors-en.ts';
import { errorMaker, listArg } from './i18n/error-texts.ts';
import { repliesFor } from './i18n/replies-messages.ts';

export const MANAGED_TAG = 'atlas';

const fail = errorMaker(coreErrorsEn);

/** A VM by name, or an error that lists the nearest names. */
export async function findVm(deps: CoreDeps, name: string): Promise<VmInfo> {
  const vm = await deps.inventory.vm(name);
  if (vm) return vm;
  const names = (await deps.inventory.vms()).map((v) => v.name);
  const near = rankByDistance(name, names)
    .filter((candidate) => editDistance(name, candidate) <= Math.max(2, Math.floor(name.length / 3)))
    .slice(0, 3);
  throw fail('not_found', 'noSuchVm', name, listArg(near));
}

/** ATLAS only changes VMs it created (tagged `atlas`); others belong to whoever made them. */
export function assertManaged(vm: VmInfo, verb: ManagedVerb): void {
  if (!vm.tags.includes(MANAGED_TAG)) throw fail('policy', 'notManaged', vm.name, vm.vmid, verb);
}

export async function listVms(
  deps: CoreDeps,
  user: UserRef,
  mine: boolean,
  language: Language = DEFAULT_LANGUAGE,
): Promise<ThreadView> {
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
  const say = repliesFor(language);
  const none = mine ? say.noVmsMine : say.noVms;
  return {
    kind: 'table',
    tone: 'neutral',
    title: rows.length === 0 ? none : mine ? say.myVmCount(rows.length) : say.vmCount(rows.length),
    ...(rows.length > 0 ? { table: { columns: [...say.vmColumns], rows } } : { text: say.createOne }),
    visibility: 'thread',
  };
}

export async function vmStatus(
  deps: CoreDeps,
  name: string,
  language: Language = DEFAULT_LANGUAGE,
): Promise<ThreadView> {
  const vm = await findVm(deps, name);
  const label = repliesFor(language).vmFields;
  const fields = [
    { label: label.status, value: vm.status },
    { label: label.node, value: vm.node },
    { label: label.vmid, value: String(vm.vmid) },
  ];
  if (vm.cores) fields.push({ label: label.cores, value: String(vm.cores) });
  if (vm.memoryMiB) fields.push({ label: label.memory, value: formatMiB(vm.memoryMiB) });
  if (vm.ip) fields.push({ label: label.ip, value: vm.ip });
  if (vm.tags.length > 0) fields.push({ label: label.tags, value: vm.tags.join(', ') });
  return {
    kind: 'notice',
    tone: vm.status === 'running' ? 'success' : 'neutral',
    title: `${vm.name}`,
    fields,
    visibility: 'thread',
  };
}

export async function listTemplates(
  deps: CoreDeps,
  language: Language = DEFAULT_LANGUAGE,
): Promise<ThreadView> {
  const templates = await deps.inventory.templates();
  const say = repliesFor(language);
  return {
    kind: 'table',
    tone: 'neutral',
    title: templates.length === 0 ? say.noTemplates : say.templateCount(templates.length),
    table: {
      columns: [...say.templateColumns],
      rows: templates.map((t) => [t.name, t.node, String(t.vmid)]),
    },
    text: say.defaultTemplate(deps.policy.defaults.template),
    visibility: 'thread',
  };
}
