import { AtlasError } from '../domain/errors.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import type { WorkerDeps } from './deps.ts';
import { progressEvent } from './i18n/progress-event.ts';
import { moveRequest, publish } from './move-request.ts';

/** Lifecycle job: start / stop / reboot a VM: received → applying → succeeded. */
export async function runLifecycle(deps: WorkerDeps, requestId: string): Promise<void> {
  let request = await deps.requests.get(requestId);
  if (!request) throw new AtlasError('not_found', `Running ${requestId}: no such request.`);
  const op = request.operation;
  if (op.kind !== 'power')
    throw new AtlasError('invalid_state', `${requestId} is not a start, stop or reboot.`);
  if (request.state === 'received') {
    request = await moveRequest(deps, request, {
      to: 'applying',
      actor: 'atlas',
      detail: `${op.action} ${op.vm.name}`,
    });
  }
  if (request?.state !== 'applying') return;
  await publish(
    deps,
    request,
    progressEvent({ ...progressLine('power', op.action, op.vm.name, op.vm.node), vm: op.vm.name }),
  );
  await deps.engine.power(op.vm, op.action);
  await moveRequest(deps, request, {
    to: 'succeeded',
    actor: 'atlas',
    patch: { result: [{ ...op.vm }] },
    detail: 'done',
  });
}
