import type { CoreDeps } from './deps.ts';
import { moveRequest } from './move-request.ts';

/** Requests whose plan waited too long for approval expire; returns how many. */
export async function expireRequests(deps: CoreDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  let expired = 0;
  for (const request of await deps.requests.listExpired(now)) {
    const moved = await moveRequest(deps, request, {
      to: 'expired',
      actor: 'atlas',
      detail: 'no approval in time',
    });
    if (moved) expired += 1;
  }
  return expired;
}
