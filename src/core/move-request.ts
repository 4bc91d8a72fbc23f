import { randomUUID } from 'node:crypto';
import type { AtlasEvent } from '../domain/events.ts';
import { assertTransition, type Request, type RequestState } from '../domain/request.ts';
import type { UserRef } from '../domain/thread.ts';
import type { RequestPatch } from '../ports/request-store.ts';
import type { CoreDeps } from './deps.ts';
import { releasePlan } from './release-plan.ts';

/** States in which a request's plan will never be applied. */
const UNAPPLIED: readonly RequestState[] = ['rejected', 'expired', 'cancelled'];

export interface Move {
  to: RequestState;
  /** Who caused it: a person, or ATLAS itself. */
  actor: UserRef | 'atlas';
  patch?: RequestPatch;
  /** Short human text for the audit entry and the thread. */
  detail?: string;
  /** States the request may be in for the move to happen; defaults to the state it was read in. */
  from?: readonly RequestState[];
  /** Move only if the request is still this revision (a plan must describe the operation it was made for). */
  revision?: number;
}

/**
 * The one way a request changes state: checked against the state machine, compare-and-set in the store,
 * audited, and announced to every bot. Returns undefined when another actor moved the request first.
 */
export async function moveRequest(
  deps: CoreDeps,
  request: Request,
  move: Move,
): Promise<Request | undefined> {
  assertTransition(request, move.to);
  const from = move.from ?? [request.state];
  const expect = move.revision === undefined ? undefined : { revision: move.revision };
  const updated = await deps.requests.transition(request.id, from, move.to, move.patch, expect);
  if (!updated) return undefined;
  const planHash = updated.planHash;
  await deps.audit.append({
    ...actorFields(move.actor),
    action: `state.${move.to}`,
    requestId: request.id,
    thread: request.thread,
    ...(planHash ? { planHash } : {}),
    ...(move.detail ? { detail: move.detail } : {}),
  });
  await publish(deps, updated, { type: 'state', state: move.to, message: move.detail ?? '' });
  if (UNAPPLIED.includes(move.to)) await releasePlan(deps, updated);
  return updated;
}

export async function publish(
  deps: Pick<CoreDeps, 'events' | 'clock'>,
  request: Pick<Request, 'id' | 'thread'>,
  event: Pick<AtlasEvent, 'type' | 'message'> & Partial<Pick<AtlasEvent, 'state' | 'vm' | 'said'>>,
): Promise<void> {
  await deps.events.publish({
    id: randomUUID(),
    requestId: request.id,
    thread: request.thread,
    at: deps.clock.now().toISOString(),
    ...event,
  });
}

/** The audit fields for whoever acted: the stable id, and the name the platform showed. */
export function actorFields(actor: UserRef | 'atlas'): { actor: string; actorName?: string } {
  if (actor === 'atlas') return { actor: 'atlas' };
  return actor.name ? { actor: actor.id, actorName: actor.name } : { actor: actor.id };
}
