import type { ThreadRef } from '../domain/thread.ts';
import type { ThreadView } from '../domain/thread-view.ts';
import type { CoreDeps } from './deps.ts';

/** Every request of a thread with its state and outcome: what a console session prints at the end. */
export async function threadSummary(
  deps: Pick<CoreDeps, 'requests'>,
  thread: ThreadRef,
): Promise<ThreadView> {
  const requests = (await deps.requests.listByThread(thread, 100)).reverse();
  const rows = requests.map((r) => {
    const what =
      r.operation.kind === 'create'
        ? `create ${r.operation.vms.map((v) => v.name).join(' ')}`
        : `${r.operation.kind === 'power' ? r.operation.action : 'destroy'} ${r.operation.vm.name}`;
    const outcome =
      r.state === 'succeeded'
        ? (r.result ?? []).map((vm) => (vm.ip ? `${vm.name} ${vm.ip}` : vm.name)).join(', ')
        : (r.reason ?? '');
    return [r.id, r.state.replace('_', ' '), what, outcome];
  });
  const failed = requests.some((r) => r.state === 'failed');
  return {
    kind: 'table',
    tone: failed ? 'warning' : 'neutral',
    title:
      rows.length === 0
        ? 'Final state: no requests in this session.'
        : `Final state of ${rows.length} request(s)`,
    ...(rows.length > 0 ? { table: { columns: ['request', 'state', 'what', 'outcome'], rows } } : {}),
    visibility: 'thread',
  };
}
