import { isAtlasError } from '../domain/errors.ts';
import { isTerminal } from '../domain/request.ts';
import { cleanupOf, recordCleanup, startCleanup } from './configure/failure-cleanup.ts';
import type { CoreDeps } from './deps.ts';
import { moveRequest } from './move-request.ts';

const FAILABLE = ['received', 'planning', 'approved', 'applying', 'configuring'] as const;

/**
 * Ends a request as failed with a message a person can act on (called when a job gives up). A create
 * that failed while applying or configuring may have left VMs: per ATLAS_ON_FAILURE they are offered
 * for rollback in the thread (`ask`), rolled back at once (`rollback`) or kept (`keep`).
 */
export async function failRequest(
  deps: CoreDeps,
  requestId: string,
  error: unknown,
  sanitize: (text: string) => string,
): Promise<void> {
  const request = await deps.requests.get(requestId);
  if (!request || isTerminal(request.state) || request.state === 'awaiting_approval') return;
  const message = isAtlasError(error)
    ? `${error.message}${error.hint ? ` ${error.hint}` : ''}`
    : 'an internal error (see the ATLAS log)';
  const reason = sanitize(message).slice(0, 2000);
  const cleanup = cleanupOf(deps, request);
  if (cleanup) await recordCleanup(deps, request, cleanup);
  const failed = await moveRequest(deps, request, {
    to: 'failed',
    actor: 'atlas',
    from: FAILABLE,
    patch: { reason },
    detail: reason,
  });
  if (failed && cleanup) await startCleanup(deps, failed, cleanup);
}
