import type { AtlasError } from '../../domain/errors.ts';
import type { NodeInfo } from '../../domain/inventory.ts';
import { formatMiB } from '../../domain/size.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { errorMaker, listArg } from '../i18n/error-texts.ts';
import { findingErrorsEn } from '../i18n/finding-errors-en.ts';
import { formatFree, groupBy } from './words.ts';

const fail = errorMaker(findingErrorsEn);

/**
 * The VMs must fit in the free memory of online nodes: those with `--node` on their node, the others
 * anywhere (largest first, each on the node with the most room left). Unknown or offline nodes are
 * left to checkNodes.
 */
export function checkMemory(vms: readonly VmSpec[], nodes: readonly NodeInfo[]): AtlasError[] {
  const online = nodes.filter((n) => n.online);
  if (online.length === 0) return [];
  const free = new Map(online.map((n) => [n.name, n.memoryMiB - n.memoryUsedMiB]));
  const findings: AtlasError[] = [];
  for (const [name, group] of groupBy(
    vms.filter((vm) => vm.node !== undefined && free.has(vm.node)),
    (vm) => vm.node as string,
  )) {
    const need = group.reduce((sum, vm) => sum + vm.memoryMiB, 0);
    const has = free.get(name) ?? 0;
    if (need > has) findings.push(tooLittleOnNode(name, group, need, has, free));
    free.set(name, Math.max(0, has - need));
  }
  const unplaced = placeAnywhere(
    vms.filter((vm) => vm.node === undefined),
    free,
  );
  if (unplaced.length > 0) findings.push(tooLittleAnywhere(unplaced, free));
  return findings;
}

/** Puts each VM (largest first) on the node with the most free memory; returns those that fit nowhere. */
function placeAnywhere(vms: readonly VmSpec[], free: Map<string, number>): VmSpec[] {
  const left = new Map(free);
  const unplaced: VmSpec[] = [];
  for (const vm of [...vms].sort((a, b) => b.memoryMiB - a.memoryMiB)) {
    const [best] = [...left].sort((a, b) => b[1] - a[1]);
    if (best && best[1] >= vm.memoryMiB) left.set(best[0], best[1] - vm.memoryMiB);
    else unplaced.push(vm);
  }
  return unplaced;
}

function freeList(free: ReadonlyMap<string, number>, except?: string): string {
  const entries = [...free].filter(([name]) => name !== except).sort((a, b) => b[1] - a[1]);
  return entries.map(([name, mib]) => `${name} ${formatFree(mib)}`).join(', ');
}

function tooLittleOnNode(
  node: string,
  group: readonly VmSpec[],
  need: number,
  has: number,
  free: ReadonlyMap<string, number>,
): AtlasError {
  const names = listArg(group.map((vm) => vm.name));
  const others = freeList(free, node);
  return fail('conflict', 'memoryShortOnNode', node, names, formatMiB(need), formatFree(has), others);
}

function tooLittleAnywhere(unplaced: readonly VmSpec[], free: ReadonlyMap<string, number>): AtlasError {
  const sizes = [...new Set(unplaced.map((vm) => formatMiB(vm.memoryMiB)))];
  const size = sizes.length === 1 ? (sizes[0] ?? '') : '';
  const names = listArg(unplaced.map((vm) => vm.name));
  return fail('conflict', 'memoryShortAnywhere', names, size, freeList(free));
}
