import type { Request } from '../../domain/request.ts';
import type { OnFailure } from '../../domain/roles.ts';
import type { CoreDeps } from '../deps.ts';

/** Audit actions that record what ATLAS does with the VMs of a failed create (the failure view reads them). */
export const CLEANUP_ACTIONS: Readonly<Record<OnFailure, string>> = {
  ask: 'rollback.offered',
  rollback: 'rollback.automatic',
  keep: 'rollback.declined',
};

/** What to do with VMs the failing request may have made; undefined when it cannot have made any. */
export function cleanupOf(deps: Pick<CoreDeps, 'policy'>, request: Request): OnFailure | undefined {
  if (request.operation.kind !== 'create') return undefined;
  if (request.state !== 'applying' && request.state !== 'configuring') return undefined;
  return deps.policy.onFailure ?? 'ask';
}

/** Records the choice before the request fails, so the failure message can show it. */
export async function recordCleanup(deps: CoreDeps, request: Request, cleanup: OnFailure): Promise<void> {
  await deps.audit.append({
    actor: 'atlas',
    action: CLEANUP_ACTIONS[cleanup],
    requestId: request.id,
    thread: request.thread,
    ...(request.planHash ? { planHash: request.planHash } : {}),
  });
}

/** After the request failed: queue the rollback when the configuration says to roll back at once. */
export async function startCleanup(deps: CoreDeps, request: Request, cleanup: OnFailure): Promise<void> {
  if (cleanup === 'rollback') await deps.queue.enqueue('lifecycle', { requestId: request.id });
}
