import { isAtlasError } from '../../../domain/errors.ts';
import type { Request } from '../../../domain/request.ts';
import { threadKey, userLabel } from '../../../domain/thread.ts';
import type { ThreadView } from '../../../domain/thread-view.ts';
import type { CoreDeps } from '../../deps.ts';
import { messagesFor } from '../../i18n/catalogue.ts';
import type { Language } from '../../i18n/language.ts';
import { stateName } from '../../i18n/states.ts';
import { requestCreate } from '../../request-vm.ts';
import { REVISABLE, reviseRequest } from '../../revise-request.ts';
import type { Asker } from '../../start-request.ts';
import { warningView } from '../free-text-views.ts';
import type { Proposal } from './build-proposal.ts';
import { describeFinding } from './review-proposal.ts';

export type Started =
  | { kind: 'started'; requestId: string | undefined; views: ThreadView[] }
  | { kind: 'findings'; findings: string[] }
  | { kind: 'refused'; views: ThreadView[]; reason: string };

/**
 * A checked proposal becomes a request exactly as a typed `vm create` does (requestCreate: validation,
 * record, audit, plan job). A revision changes the pending request in place instead (same id, its plan
 * voided, planned again); only the person who asked for it may revise it, only in its thread, and only
 * before approval.
 */
export async function startProposal(
  deps: CoreDeps,
  asker: Asker,
  proposal: Proposal,
  language: Language,
): Promise<Started> {
  if (proposal.revises) return revise(deps, asker, proposal, language);
  try {
    const views = await requestCreate(deps, asker, proposal.vms);
    const requestId = /^(R-[0-9A-Z]{4,8}):/.exec(views[0]?.title ?? '')?.[1];
    return { kind: 'started', requestId, views };
  } catch (error) {
    if (isAtlasError(error) && error.code !== 'transient' && error.code !== 'internal')
      return { kind: 'findings', findings: [describeFinding(error)] };
    throw error;
  }
}

/** The proposal was reviewed already (reviewProposal); here it only has to be allowed and still pending. */
async function revise(
  deps: CoreDeps,
  asker: Asker,
  proposal: Proposal,
  language: Language,
): Promise<Started> {
  const say = messagesFor(language);
  const id = proposal.revises ?? '';
  const old = await deps.requests.get(id.trim().toUpperCase());
  const refusal = revisionRefusal(old, asker, id, language);
  if (refusal || !old) return refused(refusal ?? say.notInThread(id.slice(0, 20)));
  const revised = await reviseRequest(deps, asker.user, old, proposal.vms);
  if (!revised) {
    const now = await deps.requests.get(old.id);
    return refused(say.revisedTooLate(old.id, stateName(language, now?.state ?? 'approved')));
  }
  const view = warningView(say.revised(old.id, revised.revision ?? 1));
  return { kind: 'started', requestId: old.id, views: [view] };
}

function refused(reason: string): Started {
  return { kind: 'refused', views: [warningView(reason)], reason };
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
  if (!REVISABLE.includes(old.state)) return say.revisedTooLate(old.id, stateName(language, old.state));
  return undefined;
}
