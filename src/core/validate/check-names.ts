import type { AtlasError } from '../../domain/errors.ts';
import type { VmInfo } from '../../domain/inventory.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { errorMaker } from '../i18n/error-texts.ts';
import { findingErrorsEn } from '../i18n/finding-errors-en.ts';
import { nextFreeName } from './next-free-name.ts';

const fail = errorMaker(findingErrorsEn);

/** Names must be new on the cluster and appear once in the request; each finding suggests a free name. */
export function checkNames(vms: readonly VmSpec[], existing: readonly VmInfo[]): AtlasError[] {
  const taken = new Set([...existing.map((vm) => vm.name.toLowerCase()), ...vms.map((vm) => vm.name)]);
  const findings: AtlasError[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { name } of vms) {
    if (seen.has(name)) {
      if (!repeated.has(name)) findings.push(fail('usage', 'nameRepeated', name, suggestion(name, taken)));
      repeated.add(name);
      continue;
    }
    seen.add(name);
    const clash = existing.find((vm) => vm.name.toLowerCase() === name);
    if (clash) findings.push(existingName(clash, taken));
  }
  return findings;
}

/** A free name to offer instead, or '' when the series has none. */
function suggestion(name: string, taken: ReadonlySet<string>): string {
  return nextFreeName(name, taken) ?? '';
}

function existingName(clash: VmInfo, taken: ReadonlySet<string>): AtlasError {
  const name = clash.name.toLowerCase();
  return fail('conflict', 'nameTaken', name, clash.vmid, clash.node, suggestion(name, taken));
}
