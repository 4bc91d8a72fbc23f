import { DEFAULT_LANGUAGE, type Language } from '../domain/language.ts';
import type { Request } from '../domain/request.ts';
import type { ThreadRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { CoreDeps } from './deps.ts';
import { stateName } from './i18n/states.ts';
import { viewMessages } from './i18n/views-catalogue.ts';
import type { ViewMessages } from './i18n/views-messages.ts';

function what(request: Request, say: ViewMessages): string {
  const op = request.operation;
  if (op.kind === 'create') return say.create(op.vms.map((v) => v.name).join(' '));
  return op.kind === 'power' ? say.power[op.action](op.vm.name) : say.destroy(op.vm.name);
}

function outcome(request: Request): string {
  if (request.state !== 'succeeded') return request.reason ?? '';
  return (request.result ?? []).map((vm) => (vm.ip ? `${vm.name} ${vm.ip}` : vm.name)).join(', ');
}

/**
 * Every request of a thread with its state and outcome: what a console session prints at the end. In the
 * language of the thread's latest request; `fallback` when it has none.
 */
export async function threadSummary(
  deps: Pick<CoreDeps, 'requests'>,
  thread: ThreadRef,
  fallback: Language = DEFAULT_LANGUAGE,
): Promise<ThreadView> {
  const requests = (await deps.requests.listByThread(thread, 100)).reverse();
  const language = requests.at(-1)?.language ?? fallback;
  const say = viewMessages(language);
  const rows = requests.map((r) => [r.id, stateName(language, r.state), what(r, say), outcome(r)]);
  const failed = requests.some((r) => r.state === 'failed');
  return {
    kind: 'table',
    tone: failed ? 'warning' : 'neutral',
    title: rows.length === 0 ? say.summaryEmpty : say.summaryTitle(rows.length),
    ...(rows.length > 0 ? { table: { columns: [...say.summaryColumns], rows } } : {}),
    visibility: 'thread',
  };
}
