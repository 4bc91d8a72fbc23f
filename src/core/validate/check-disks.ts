import type { AtlasError } from '../../domain/errors.ts';
import type { TemplateInfo } from '../../domain/inventory.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { errorMaker, listArg } from '../i18n/error-texts.ts';
import { findingErrorsEn } from '../i18n/finding-errors-en.ts';
import { groupBy } from './words.ts';

const fail = errorMaker(findingErrorsEn);

/** Proxmox can grow a cloned disk but never shrink it: the disk must be at least the template's. */
export function checkDisks(vms: readonly VmSpec[], templates: readonly TemplateInfo[]): AtlasError[] {
  const templateDisk = (vm: VmSpec): number | undefined => {
    const sizes = templates
      .filter((t) => t.name.toLowerCase() === vm.template.toLowerCase() && t.diskGiB !== undefined)
      .map((t) => t.diskGiB as number);
    return sizes.length > 0 ? Math.max(...sizes) : undefined;
  };
  const small = vms.filter((vm) => vm.diskGiB < (templateDisk(vm) ?? 0));
  return [...groupBy(small, (vm) => `${vm.template}/${vm.diskGiB}`).values()].map((group) => {
    const first = group[0] as VmSpec;
    const needed = templateDisk(first) as number;
    const names = listArg(group.map((vm) => vm.name));
    return fail('conflict', 'diskTooSmall', names, first.diskGiB, first.template, needed);
  });
}
