import type { PlannedVm } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import type { VmResult } from '../domain/request.ts';
import { ensureRunning, waitForIp } from './boot-step.ts';
import { ensureCloned } from './clone-step.ts';
import { ensureConfigured, ensureDiskSize } from './configure-step.ts';
import type { EngineContext, StepScope } from './engine-context.ts';
import { ensureOnNode } from './migrate-step.ts';

/**
 * One planned VM, made true step by step. Each step first looks at what is already there, so an
 * apply retried after a crash carries on where the last one stopped.
 */
export async function createVm(ctx: EngineContext, scope: StepScope, vm: PlannedVm): Promise<VmResult> {
  const node = await ensureOnNode(ctx, scope, vm, await ensureCloned(ctx, scope, vm));
  await ensureConfigured(ctx, scope, vm, node);
  await ensureDiskSize(ctx, scope, vm, node);
  await ensureRunning(ctx, scope, vm, node);
  const ip = await waitForIp(ctx, scope, vm, node);
  const running = ip ? progressLine('runningAt', vm.name, node, ip) : progressLine('running', vm.name, node);
  await scope.report({ ...running, vm: vm.name });
  return { name: vm.name, vmid: vm.vmid, node, ...(ip === undefined ? {} : { ip }) };
}
