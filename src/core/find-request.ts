import type { Request } from '../domain/request.ts';
import type { ThreadRef } from '../domain/thread.ts';
import type { CoreDeps } from './deps.ts';
import { coreErrorsEn, type DecisionVerb } from './i18n/core-errors-en.ts';
import { errorMaker, usageMaker } from './i18n/error-texts.ts';

const fail = errorMaker(coreErrorsEn);
const usage = usageMaker(coreErrorsEn);

/** The request a command names, or the one waiting for approval in this thread when it names none. */
export async function findRequest(
  deps: CoreDeps,
  thread: ThreadRef,
  id: string | undefined,
  verb: DecisionVerb,
): Promise<Request> {
  if (id) {
    const request = await deps.requests.get(id);
    if (!request) throw fail('not_found', 'noSuchRequest', id);
    return request;
  }
  const conversation = await deps.conversations.get(thread);
  let planning: Request | undefined;
  for (const requestId of conversation?.requestIds ?? []) {
    const request = await deps.requests.get(requestId);
    if (request?.state === 'awaiting_approval') return request;
    if (request?.state === 'received' || request?.state === 'planning') planning ??= request;
  }
  if (planning) throw fail('invalid_state', 'stillPlanning', planning.id, verb);
  throw usage('nothingWaiting', verb);
}
