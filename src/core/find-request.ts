import { AtlasError, UsageError } from '../domain/errors.ts';
import type { Request } from '../domain/request.ts';
import type { ThreadRef } from '../domain/thread.ts';
import type { CoreDeps } from './deps.ts';

/** The request a command names, or the one waiting for approval in this thread when it names none. */
export async function findRequest(
  deps: CoreDeps,
  thread: ThreadRef,
  id: string | undefined,
  verb: string,
): Promise<Request> {
  if (id) {
    const request = await deps.requests.get(id);
    if (!request)
      throw new AtlasError('not_found', `There is no request ${id}.`, {
        hint: 'Request ids look like R-7F3K; the plan card shows it.',
      });
    return request;
  }
  const conversation = await deps.conversations.get(thread);
  let planning: Request | undefined;
  for (const requestId of conversation?.requestIds ?? []) {
    const request = await deps.requests.get(requestId);
    if (request?.state === 'awaiting_approval') return request;
    if (request?.state === 'received' || request?.state === 'planning') planning ??= request;
  }
  if (planning) {
    throw new AtlasError(
      'invalid_state',
      `${planning.id} is still being planned; there is nothing to ${verb} yet.`,
      {
        hint: `Wait for its plan card, then ${verb} it.`,
      },
    );
  }
  throw new UsageError(
    `There is no request waiting for approval in this thread to ${verb}.`,
    `Name one: /atlas ${verb} R-XXXX`,
  );
}
