import { AtlasError } from '../../domain/errors.ts';
import type { WorkerDeps } from '../deps.ts';
import { runLifecycle } from '../run-lifecycle.ts';
import { rollbackRequest } from './rollback-request.ts';

/**
 * The lifecycle job acts on VMs that exist: a start / stop / reboot request, or the rollback of a
 * failed create (which has no lifecycle job of its own, so the job id stays one per request).
 */
export async function runLifecycleJob(deps: WorkerDeps, requestId: string, signal?: AbortSignal) {
  const request = await deps.requests.get(requestId);
  if (!request) throw new AtlasError('not_found', `Running ${requestId}: no such request.`);
  if (request.operation.kind === 'create') return rollbackRequest(deps, requestId, signal);
  return runLifecycle(deps, requestId);
}
