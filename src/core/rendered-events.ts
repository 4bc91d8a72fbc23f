import type { AuditEntry } from '../domain/audit.ts';
import type { AtlasEvent } from '../domain/events.ts';
import { isTerminal, type Request, type RequestState } from '../domain/request.ts';
import type { Decision } from './views/plan-card.ts';

/** States that decide a plan card: it is edited to say so, without buttons. */
export const DECIDED: ReadonlySet<RequestState> = new Set(['approved', 'rejected', 'expired', 'cancelled']);

/** Whether an event changes what the thread shows; the others are not worth loading the request for. */
export function shows(event: AtlasEvent): boolean {
  if (event.type === 'plan.ready' || event.type === 'progress' || event.type === 'revised') return true;
  if (event.type !== 'state' || !event.state) return false;
  return DECIDED.has(event.state) || event.state === 'applying' || isTerminal(event.state);
}

/** What a deciding state event tells the plan card: the outcome, who decided, when and why. */
export function decisionOf(
  request: Request,
  event: AtlasEvent | undefined,
  audit: readonly AuditEntry[],
): Decision | undefined {
  if (!event?.state || !DECIDED.has(event.state)) return undefined;
  const state = event.state;
  const by = state === 'approved' || state === 'rejected' ? lastActor(audit, state) : undefined;
  return {
    outcome: state as Decision['outcome'],
    at: event.at,
    ...(by ? { by } : {}),
    ...(state === 'rejected' && request.reason ? { reason: request.reason } : {}),
  };
}

function lastActor(audit: readonly AuditEntry[], state: string): string | undefined {
  const entry = audit.findLast((e) => e.action === `state.${state}`);
  return entry && (entry.actorName ?? entry.actor);
}
