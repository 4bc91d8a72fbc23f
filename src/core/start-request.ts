import type { Language } from '../domain/language.ts';
import type { Operation, Request } from '../domain/request.ts';
import { needsApproval } from '../domain/request.ts';
import type { ThreadRef, UserRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { CoreDeps } from './deps.ts';
import { repliesFor } from './i18n/replies-messages.ts';
import { actorFields } from './move-request.ts';
import { notice } from './views/notices.ts';

export interface Asker {
  thread: ThreadRef;
  user: UserRef;
  /** The language the thread is answered in; the request keeps it. */
  language: Language;
}

/** The operation in the audit log, which stays in English. */
function describe(operation: Operation): string {
  if (operation.kind === 'create') return `create ${operation.vms.map((vm) => vm.name).join(', ')}`;
  if (operation.kind === 'destroy') return `destroy ${operation.vm.name}`;
  return `${operation.action} ${operation.vm.name}`;
}

/** Records a new request, remembers it in the thread, queues its first job, and says so. */
export async function startRequest(
  deps: CoreDeps,
  asker: Asker,
  operation: Operation,
): Promise<ThreadView[]> {
  const request: Request = await deps.requests.create({
    operation,
    requester: asker.user,
    thread: asker.thread,
    language: asker.language,
  });
  const kind = needsApproval(operation) ? 'plan' : 'lifecycle';
  await Promise.all([
    deps.audit.append({
      ...actorFields(asker.user),
      action: 'request.created',
      requestId: request.id,
      thread: asker.thread,
      detail: describe(operation),
    }),
    deps.conversations.addRequest(asker.thread, request.id),
  ]);
  const queued = await deps.queue.enqueue(kind, { requestId: request.id });
  const say = repliesFor(asker.language);
  return [notice(`${request.id}: ${say.operation(operation)}`, say.gotIt(kind, queued.waiting), 'pending')];
}
