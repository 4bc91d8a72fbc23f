import type { PowerAction } from '../domain/intent.ts';
import type { VmInfo } from '../domain/inventory.ts';
import { ownerRequestId } from '../domain/owner-tag.ts';
import type { UserRef } from '../domain/thread.ts';
import { isApprover } from './approvers.ts';
import type { CoreDeps } from './deps.ts';
import { coreErrorsEn } from './i18n/core-errors-en.ts';
import { errorMaker, listArg } from './i18n/error-texts.ts';

const fail = errorMaker(coreErrorsEn);

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
  action: PowerAction,
): Promise<void> {
  if (isApprover(deps.policy, user)) return;
  const creator = await creatorOf(deps, vm);
  if (creator?.id === user.id) return;
  const owner = creator ? (creator.name ?? creator.id) : '';
  throw fail('forbidden', 'powerForbidden', action, vm.name, owner, listArg(deps.policy.approvers));
}
