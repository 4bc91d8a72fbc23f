import type { Plan, PlanAction } from '../domain/plan.ts';
import type { VmResult } from '../domain/request.ts';
import type { ProgressReporter } from '../ports/engine.ts';
import { applyWorkspace, approvedPlanFile } from './apply-workspace.ts';
import { type PlannedWorkspace, planWorkspace } from './plan-workspace.ts';
import type { RunScope } from './terraform-runner.ts';
import { prepareWorkspace, type TfContext } from './tf-context.ts';
import { ipsByName } from './vm-ips.ts';

/** Generates the request's workspace from the planned VMs and plans it into a pinned plan file. */
export async function planCreate(
  ctx: TfContext,
  requestId: string,
  actions: readonly PlanAction[],
  scope: RunScope,
): Promise<PlannedWorkspace> {
  const dir = await prepareWorkspace(ctx, { requestId, stateOf: requestId, actions }, scope);
  return planWorkspace(ctx, { requestId, dir, actions }, scope);
}

/**
 * Regenerates the workspace from the approved actions (so any worker can), applies the approved plan
 * file, and reads each VM's address from the `ipv4_addresses` output the apply printed (or, when no
 * apply was needed, from `terraform output`).
 */
export async function applyCreate(
  ctx: TfContext,
  plan: Plan,
  report: ProgressReporter,
  scope: RunScope,
): Promise<VmResult[]> {
  const bytes = await approvedPlanFile(ctx.artifacts, plan);
  const dir = await prepareWorkspace(
    ctx,
    { requestId: plan.requestId, stateOf: plan.requestId, actions: plan.actions },
    scope,
  );
  const applied = await applyWorkspace(ctx, { plan, bytes, dir }, report, scope);
  const ips = ipsByName(applied ?? (await ctx.runner.outputs(dir, scope)));
  return plan.actions.flatMap((action) => {
    if (action.kind !== 'create-vm') return [];
    const ip = ips.get(action.vm.name);
    return [{ name: action.vm.name, vmid: action.vm.vmid, node: action.vm.node, ...(ip ? { ip } : {}) }];
  });
}
