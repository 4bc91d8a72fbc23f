import { AtlasError } from '../domain/errors.ts';
import type { PowerAction } from '../domain/intent.ts';
import { ownerRequestId } from '../domain/owner-tag.ts';
import type { Plan } from '../domain/plan.ts';
import type { Request, VmResult } from '../domain/request.ts';
import type { VmRef } from '../domain/vm-spec.ts';
import type { Engine, Progress, ProgressReporter } from '../ports/engine.ts';
import type { Inventory } from '../ports/inventory.ts';
import type { LockLine } from '../ports/lock-line.ts';
import { applyLockKeys, enterLine } from './apply-locks.ts';
import { applyCreate, planCreate } from './create-steps.ts';
import { applyDestroy, destroyRequestWorkspace, findManaged, planDestroy } from './destroy-steps.ts';
import { engineContext, type TerraformEngineOptions, type TerraformPlanDraft } from './engine-options.ts';
import { forgetWorkspace } from './forget-workspace.ts';
import { progressQueue } from './progress-queue.ts';
import type { RunScope } from './terraform-runner.ts';
import type { TfContext } from './tf-context.ts';
import { progressOf } from './tf-progress.ts';
import { workspaceName } from './workspace-dir.ts';
import { vmNameOf } from './workspace-model.ts';

/**
 * Creates and destroys VMs with Terraform (bpg/proxmox), applying exactly the approved plan file.
 * Placement, VMIDs and templates come from the direct engine's planner; power actions, and destroying
 * VMs that no Terraform state holds, go through the Proxmox API.
 */
export class TerraformEngine implements Engine {
  readonly name = 'terraform';
  readonly #ctx: TfContext;
  readonly #base: Engine;
  readonly #inventory: Pick<Inventory, 'vm'>;
  readonly #locks: LockLine | undefined;

  constructor(options: TerraformEngineOptions) {
    this.#ctx = engineContext(options);
    this.#base = options.base;
    this.#inventory = options.inventory;
    this.#locks = options.locks;
  }

  async plan(request: Request): Promise<TerraformPlanDraft> {
    const draft = await this.#base.plan(request);
    const scope: RunScope = { doing: `Planning ${request.id} with Terraform` };
    const [first] = draft.actions;
    if (draft.actions.every((a) => a.kind === 'create-vm')) {
      const planned = await planCreate(this.#ctx, request.id, draft.actions, scope);
      return {
        actions: draft.actions,
        artifactSha256: planned.sha256,
        summary: planned.summary,
        summaryLines: planned.summaryLines,
      };
    }
    if (draft.actions.length !== 1 || first?.kind !== 'destroy-vm') throw mixedPlan(request.id);
    const managed = await findManaged(this.#ctx, this.#inventory, request.id, first.vm, scope);
    if (!managed) return draft;
    const planned = await planDestroy(this.#ctx, request.id, draft.actions, managed, scope);
    return {
      actions: draft.actions,
      artifactSha256: planned.sha256,
      summary: planned.summary,
      summaryLines: planned.summaryLines,
    };
  }

  async apply(plan: Plan, report: ProgressReporter, signal?: AbortSignal): Promise<VmResult[]> {
    if (plan.engine !== this.name) throw otherEngine(plan, this.name);
    const [first] = plan.actions;
    if (first?.kind === 'destroy-vm' && !plan.artifactSha256) {
      // Planned without Terraform: no state holds the VM, so the API engine removes it.
      return this.#base.apply({ ...plan, engine: this.#base.name }, report, signal);
    }
    const owner =
      first?.kind === 'destroy-vm' ? await this.#stateOwner(plan.requestId, first.vm) : plan.requestId;
    const held = await enterLine(this.#locks, applyLockKeys(plan, owner), plan.requestId, report, signal);
    try {
      return await this.#applyHeld(plan, report, signal);
    } finally {
      await held.release();
    }
  }

  async #applyHeld(plan: Plan, report: ProgressReporter, signal?: AbortSignal): Promise<VmResult[]> {
    const [first] = plan.actions;
    const progress = progressQueue(report);
    const inOrder: ProgressReporter = async (line) => progress.push(line);
    const scope = this.#scope(`Applying the plan of ${plan.requestId} with Terraform`, progress.push, signal);
    try {
      if (first?.kind !== 'destroy-vm') return await applyCreate(this.#ctx, plan, inOrder, scope);
      await applyDestroy(this.#ctx, this.#inventory, plan, first.vm, inOrder, scope);
      return [];
    } finally {
      await progress.drain();
    }
  }

  async power(vm: VmRef, action: PowerAction): Promise<void> {
    await this.#base.power(vm, action);
  }

  /** Planning reserved VMIDs through the base engine; it lets them go. */
  async release(plan: Plan): Promise<void> {
    await this.#base.release?.(plan);
  }

  /** The workspace directory of a request that is over; its state (PostgreSQL, or a local state file) stays. */
  forget(requestId: string): Promise<boolean> {
    return forgetWorkspace(this.#ctx.workDir, requestId, this.#ctx.backend.kind);
  }

  /**
   * Destroys every VM the request's own workspace holds: the cleanup after a failed create (`rolled_back`).
   * It needs no approval of its own: it removes only what this request made. Nothing to do when the
   * request never got as far as Terraform state.
   */
  async destroyWorkspace(requestId: string, report: ProgressReporter, signal?: AbortSignal): Promise<void> {
    const keys = [`terraform:workspace:${workspaceName(requestId)}`];
    const held = await enterLine(this.#locks, keys, requestId, report, signal);
    const progress = progressQueue(report);
    try {
      await destroyRequestWorkspace(
        this.#ctx,
        requestId,
        this.#scope(`Destroying what ${requestId} made`, progress.push, signal),
      );
    } finally {
      await progress.drain();
      await held.release();
    }
  }

  /** The request whose workspace holds a VM's state (its owner tag), else the destroying request. */
  async #stateOwner(requestId: string, vm: VmRef): Promise<string> {
    const info = await this.#inventory.vm(vm.name);
    const owner = info && info.vmid === vm.vmid ? ownerRequestId(info.tags) : undefined;
    return owner ?? requestId;
  }

  /** Terraform's events become progress lines naming the VM they are about. */
  #scope(doing: string, push: (progress: Progress) => void, signal?: AbortSignal): RunScope {
    return {
      doing,
      signal,
      onEvent: (event) => {
        const line = progressOf(event, vmNameOf, this.#ctx.sanitize);
        if (line) push(line);
      },
    };
  }
}

function otherEngine(plan: Plan, name: string): AtlasError {
  return new AtlasError(
    'stale_plan',
    `${plan.requestId}'s plan was made by the ${plan.engine} engine, not ${name}.`,
    {
      hint: 'Plan the request again with the engine that is configured now.',
    },
  );
}

function mixedPlan(requestId: string): AtlasError {
  return new AtlasError(
    'internal',
    `${requestId}'s plan mixes creating and destroying VMs; the Terraform engine plans one or the other.`,
  );
}
