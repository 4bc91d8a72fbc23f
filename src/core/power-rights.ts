import { AtlasError } from '../domain/errors.ts';
import type { VmInfo } from '../domain/inventory.ts';
import type { UserRef } from '../domain/thread.ts';
import { describeApprovers, isApprover } from './approvers.ts';
import type { CoreDeps } from './deps.ts';

/** The request that created a VM, from its `atlas-r-xxxx` tag. */
export async function creatorOf(deps: CoreDeps, vm: VmInfo): Promise<UserRef | undefined> {
  const tag = vm.tags.find((t) => /^atlas-r-[0-9a-z]{4,8}$/.test(t));
  if (!tag) return undefined;
  const request = await deps.requests.get(tag.slice('atlas-'.length).toUpperCase());
  return request?.requester;
}

/** Starting, stopping and rebooting a VM is for the person who asked for it and for the approvers. */
export async function assertMayPower(
  deps: CoreDeps,
  vm: VmInfo,
  user: UserRef,
  action: string,
): Promise<void> {
  if (isApprover(deps.policy, user)) return;
  const creator = await creatorOf(deps, vm);
  if (creator?.id === user.id) return;
  const owner = creator ? `${creator.name ?? creator.id}, who asked for it,` : 'the person who asked for it';
  throw new AtlasError('forbidden', `You cannot ${action} ${vm.name}.`, {
    hint: `${owner} and the approvers can (${describeApprovers(deps.policy)}).`,
  });
}
