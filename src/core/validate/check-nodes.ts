import type { AtlasError } from '../../domain/errors.ts';
import type { NodeInfo } from '../../domain/inventory.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { rankByDistance } from '../grammar/edit-distance.ts';
import { errorMaker, listArg } from '../i18n/error-texts.ts';
import { findingErrorsEn } from '../i18n/finding-errors-en.ts';

const fail = errorMaker(findingErrorsEn);

/** A chosen node must exist and be online; with no node chosen, at least one must be online. */
export function checkNodes(vms: readonly VmSpec[], nodes: readonly NodeInfo[]): AtlasError[] {
  const online = nodes.filter((n) => n.online).map((n) => n.name);
  const chosen = [...new Set(vms.flatMap((vm) => (vm.node === undefined ? [] : [vm.node])))];
  const findings = chosen.flatMap((name) => {
    const node = nodes.find((n) => n.name === name);
    if (node?.online) return [];
    const nearest = listArg(rankByDistance(name, online));
    return [
      node
        ? fail('invalid_state', 'nodeOffline', name, nearest)
        : fail('not_found', 'noSuchNode', name, nearest),
    ];
  });
  if (online.length === 0 && vms.some((vm) => vm.node === undefined)) {
    findings.push(fail('invalid_state', 'noNodeOnline'));
  }
  return findings;
}
