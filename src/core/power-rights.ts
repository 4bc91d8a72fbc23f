import { AtlasError } from '../domain/errors.ts';
import type { VmInfo } from '../domain/inventory.ts';
import { ownerRequestId } from '../domain/owner-tag.ts';
import type { UserRef } from '../domain/thread.ts';
import { describeApprovers, isApprover } from './approvers.ts';
import type { CoreDeps } from './deps.ts';

/** The person who asked for a VM: the requester of the request named by its owner tag. */
export async function creatorOf(deps: CoreDeps, vm: VmInfo): Promise<UserRef | undefined> {
  const owner = ownerRequestId(vm.tags);
  if (!owner) return undefined;
  const request = await deps.requests.get(owner);
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
