import type { AtlasError } from '../../../domain/errors.ts';
import type { VmSpec } from '../../../domain/vm-spec.ts';
import type { CoreDeps } from '../../deps.ts';
import { validateCreate } from '../../validate/validate-create.ts';

/** A validator finding as the model reads it: what is wrong, then what would be right. */
export function describeFinding(finding: Pick<AtlasError, 'message' | 'hint'>): string {
  return finding.hint ? `${finding.message} ${finding.hint}` : finding.message;
}

/**
 * The validator's view of a proposal: policy limits, templates, nodes, names, disks and free memory,
 * against the inventory now. Empty means it may become a request.
 */
export async function reviewProposal(deps: CoreDeps, vms: VmSpec[]): Promise<string[]> {
  const [templates, nodes, existing] = await Promise.all([
    deps.inventory.templates(),
    deps.inventory.nodes(),
    deps.inventory.vms(),
  ]);
  return validateCreate(vms, { templates, nodes, vms: existing }, deps.policy).map(describeFinding);
}
