import { ownerRequestId } from '../domain/owner-tag.ts';
import type { Plan, PlanAction } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import type { VmRef } from '../domain/vm-spec.ts';
import type { ProgressReporter } from '../ports/engine.ts';
import type { Inventory } from '../ports/inventory.ts';
import { applyWorkspace, approvedPlanFile } from './apply-workspace.ts';
import { VM_RESOURCE_TYPE } from './plan-summary.ts';
import { type PlannedWorkspace, planWorkspace } from './plan-workspace.ts';
import type { RunScope } from './terraform-runner.ts';
import { prepareExistingWorkspace, type TfContext } from './tf-context.ts';
import { resourceLabel } from './workspace-model.ts';

interface Managed {
  /** This request's directory, prepared on the owner's state. */
  dir: string;
  address: string;
}

/**
 * The Terraform state that holds the VM: the workspace of the request that created it (its
 * `atlas-r-...` tag), prepared in this request's directory. Undefined when no state holds it: the VM
 * is gone, or was not made with Terraform.
 */
export async function findManaged(
  ctx: TfContext,
  inventory: Pick<Inventory, 'vm'>,
  requestId: string,
  vm: VmRef,
  scope: RunScope,
): Promise<Managed | undefined> {
  const info = await inventory.vm(vm.name);
  const owner = info && info.vmid === vm.vmid ? ownerRequestId(info.tags) : undefined;
  if (!owner) return undefined;
  const dir = await prepareExistingWorkspace(ctx, { requestId, stateOf: owner, actions: [] }, scope);
  if (!dir) return undefined;
  const address = `${VM_RESOURCE_TYPE}.${resourceLabel(vm.name)}`;
  const state = await ctx.runner.stateList(dir, scope);
  return state.includes(address) ? { dir, address } : undefined;
}

/** `plan -destroy -target=<the VM>` on the owner's state. */
export function planDestroy(
  ctx: TfContext,
  requestId: string,
  actions: readonly PlanAction[],
  managed: Managed,
  scope: RunScope,
): Promise<PlannedWorkspace> {
  return planWorkspace(
    ctx,
    { requestId, dir: managed.dir, actions, destroyTargets: [managed.address] },
    scope,
  );
}

/** Applies an approved destroy plan file; a VM that is gone already is reported and left alone. */
export async function applyDestroy(
  ctx: TfContext,
  inventory: Pick<Inventory, 'vm'>,
  plan: Plan,
  vm: VmRef,
  report: ProgressReporter,
  scope: RunScope,
): Promise<void> {
  const bytes = await approvedPlanFile(ctx.artifacts, plan);
  const managed = await findManaged(ctx, inventory, plan.requestId, vm, scope);
  if (!managed) {
    await report({ ...progressLine('alreadyGone', vm.name, vm.vmid), vm: vm.name });
    return;
  }
  await applyWorkspace(
    ctx,
    { plan, bytes, dir: managed.dir, destroyTargets: [managed.address] },
    report,
    scope,
  );
  await report({ ...progressLine('destroyed', vm.name), vm: vm.name });
}

/** `terraform destroy` of everything in the request's own state; nothing when it has none. */
export async function destroyRequestWorkspace(
  ctx: TfContext,
  requestId: string,
  scope: RunScope,
): Promise<void> {
  const dir = await prepareExistingWorkspace(ctx, { requestId, stateOf: requestId, actions: [] }, scope);
  if (dir) await ctx.runner.destroy(dir, undefined, scope);
}
