import { isAtlasError } from '../../../domain/errors.ts';
import { describeState, type Request } from '../../../domain/request.ts';
import { threadKey, userLabel } from '../../../domain/thread.ts';
import type { ThreadView } from '../../../domain/thread-view.ts';
import type { CoreDeps } from '../../deps.ts';
import { messagesFor } from '../../i18n/catalogue.ts';
import type { Language } from '../../i18n/language.ts';
import { actorFields, moveRequest } from '../../move-request.ts';
import { requestCreate } from '../../request-vm.ts';
import type { Asker } from '../../start-request.ts';
import { warningView } from '../free-text-views.ts';
import type { Proposal } from './build-proposal.ts';
import { describeFinding } from './review-proposal.ts';

/** States a request may be revised in: nothing has been approved or applied yet. */
export const REVISABLE = ['received', 'planning', 'awaiting_approval'] as const;

export type Started =
  | { kind: 'started'; requestId: string | undefined; views: ThreadView[] }
  | { kind: 'findings'; findings: string[] }
  | { kind: 'refused'; views: ThreadView[]; reason: string };

/**
 * A checked proposal becomes a request exactly as a typed `vm create` does (requestCreate: validation,
 * record, audit, plan job). A revision first cancels the request it replaces, which voids that plan;
 * only the person who asked for it may revise it, only in its thread, and only before approval.
 */
export async function startProposal(
  deps: CoreDeps,
  asker: Asker,
  proposal: Proposal,
  language: Language,
): Promise<Started> {
  const say = messagesFor(language);
  let replaced: Request | undefined;
  if (proposal.revises) {
    const old = await deps.requests.get(proposal.revises.trim().toUpperCase());
    const refusal = revisionRefusal(old, asker, proposal.revises, language);
    if (refusal) return { kind: 'refused', views: [warningView(refusal)], reason: refusal };
    replaced = await moveRequest(deps, old as Request, {
      to: 'cancelled',
      actor: asker.user,
      from: REVISABLE,
      detail: 'revised in the thread: replaced by a new request',
    });
    if (!replaced) {
      const now = await deps.requests.get((old as Request).id);
      const text = say.revisedTooLate((old as Request).id, describeState(now?.state ?? 'approved'));
      return { kind: 'refused', views: [warningView(text)], reason: text };
    }
  }
  try {
    const views = await requestCreate(deps, asker, proposal.vms);
    const requestId = /^(R-[0-9A-Z]{4,8}):/.exec(views[0]?.title ?? '')?.[1];
    if (replaced && requestId) await recordRevision(deps, asker, replaced.id, requestId);
    const note = replaced && requestId ? [warningView(say.revised(replaced.id, requestId))] : [];
    return { kind: 'started', requestId, views: [...note, ...views] };
  } catch (error) {
    if (isAtlasError(error) && error.code !== 'transient' && error.code !== 'internal')
      return { kind: 'findings', findings: [describeFinding(error)] };
    throw error;
  }
}

/** The old request's audit trail points at the request that replaced it. */
async function recordRevision(deps: CoreDeps, asker: Asker, oldId: string, newId: string): Promise<void> {
  await deps.audit.append({
    ...actorFields(asker.user),
    action: 'request.revised',
    requestId: oldId,
    thread: asker.thread,
    detail: `replaced by ${newId}`,
  });
}

function revisionRefusal(
  old: Request | undefined,
  asker: Asker,
  id: string,
  language: Language,
): string | undefined {
  const say = messagesFor(language);
  if (!old || threadKey(old.thread) !== threadKey(asker.thread)) return say.notInThread(id.slice(0, 20));
  if (old.requester.id !== asker.user.id) return say.notYours(old.id, userLabel(old.requester));
  if (!(REVISABLE as readonly string[]).includes(old.state))
    return say.revisedTooLate(old.id, describeState(old.state));
  return undefined;
}
