import { randomUUID } from 'node:crypto';
import { isAtlasError } from '../../domain/errors.ts';
import { DEFAULT_LANGUAGE } from '../../domain/language.ts';
import { type Plan, planHash } from '../../domain/plan.ts';
import type { Request } from '../../domain/request.ts';
import type { VmRef } from '../../domain/vm-spec.ts';
import type { ProgressReporter } from '../../ports/engine.ts';
import type { WorkerDeps } from '../deps.ts';
import { ERROR_TEXTS } from '../i18n/catalogue.ts';
import { coreErrorsEn } from '../i18n/core-errors-en.ts';
import { errorIn, errorMaker } from '../i18n/error-texts.ts';
import { progressEvent } from '../i18n/progress-event.ts';
import { repliesFor } from '../i18n/replies-messages.ts';
import { moveRequest, publish } from '../move-request.ts';

const fail = errorMaker(coreErrorsEn);

/**
 * Rollback job: failed → rolled_back. Removes the VMs a failed create made — those of its plan that
 * exist now with the planned VMID — through the engine, and nothing else. It needs no approval of its
 * own: it undoes only what this request did. A request already rolled back is left alone.
 */
export async function rollbackRequest(deps: WorkerDeps, requestId: string, signal?: AbortSignal) {
  const request = await deps.requests.get(requestId);
  if (!request) throw fail('not_found', 'rollbackLost', requestId);
  if (request.state !== 'failed' || request.operation.kind !== 'create') return;
  const language = request.language ?? DEFAULT_LANGUAGE;
  const say = repliesFor(language);
  const report: ProgressReporter = (progress) => publish(deps, request, progressEvent(progress));
  const created = await createdVms(deps, request);
  const names = created.map((vm) => `${vm.name} (vmid ${vm.vmid})`).join(', ');
  await report({ message: created.length > 0 ? say.rollbackRemoving(names) : say.rollbackStarted });
  try {
    for (const vm of created) await destroyVm(deps, request, vm, report, signal);
  } catch (error) {
    const why = isAtlasError(error) ? errorIn(error, ERROR_TEXTS, language).message : say.internalErrorWhy;
    await report({ message: say.rollbackStopped(why) });
    throw error;
  }
  await moveRequest(deps, request, {
    to: 'rolled_back',
    actor: 'atlas',
    patch: { result: [] },
    detail: created.length > 0 ? `removed ${names}` : 'nothing had been created',
  });
}

/** The planned VMs that exist now under the name and VMID this request planned for them. */
async function createdVms(deps: WorkerDeps, request: Request): Promise<VmRef[]> {
  const plan = request.planId ? await deps.requests.getPlan(request.planId) : undefined;
  const found: VmRef[] = [];
  for (const action of plan?.actions ?? []) {
    if (action.kind !== 'create-vm') continue;
    const info = await deps.inventory.vm(action.vm.name);
    if (info && info.vmid === action.vm.vmid)
      found.push({ name: info.name, vmid: info.vmid, node: info.node });
  }
  return found;
}

/** One VM through the engine's own destroy: planned and applied like `vm destroy`, without approval. */
async function destroyVm(
  deps: WorkerDeps,
  request: Request,
  vm: VmRef,
  report: ProgressReporter,
  signal: AbortSignal | undefined,
): Promise<void> {
  signal?.throwIfAborted();
  const draft = await deps.engine.plan({ ...request, operation: { kind: 'destroy', vm } });
  const body = {
    engine: deps.engine.name,
    actions: draft.actions,
    ...(draft.artifactSha256 ? { artifactSha256: draft.artifactSha256 } : {}),
  };
  const plan: Plan = {
    id: randomUUID(),
    requestId: request.id,
    ...body,
    hash: planHash(body),
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.engine.apply(plan, report, signal);
}
