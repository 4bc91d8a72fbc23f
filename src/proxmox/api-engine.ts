import { AtlasError } from '../domain/errors.ts';
import type { PowerAction } from '../domain/intent.ts';
import type { Plan, PlanAction } from '../domain/plan.ts';
import type { Request, VmResult } from '../domain/request.ts';
import type { VmRef } from '../domain/vm-spec.ts';
import type { Claims } from '../ports/claims.ts';
import type { Engine, PlanDraft, ProgressReporter } from '../ports/engine.ts';
import type { ProxmoxApi } from './client.ts';
import { KeyedMutex, settleWithLimit } from './concurrency.ts';
import { createVm } from './create-vm.ts';
import { destroyVm } from './destroy-vm.ts';
import { DEFAULT_TIMING, type EngineContext, type EngineTiming, type StepScope } from './engine-context.ts';
import { locateVm } from './locate-vm.ts';
import { planCreate } from './plan-create.ts';
import { powerVm } from './power-vm.ts';
import { ProxmoxInventory } from './proxmox-inventory.ts';
import { TaskWaiter } from './task-waiter.ts';
import { VmidAllocator } from './vmid-allocator.ts';

export interface ApiEngineOptions {
  api: ProxmoxApi;
  /** Atomic across processes (Redis in production): VMID reservations. */
  claims: Claims;
  /** The cloud-init user of new VMs. Default `atlas`. */
  ciUser?: string;
  /** How long a planned VMID stays reserved. Default 26 h. */
  reservationTtlMs?: number;
  /** Prefix of the reservation keys. Default `proxmox:vmid`. */
  reservationPrefix?: string;
  timing?: Partial<EngineTiming>;
}

/** Creates and destroys VMs through the Proxmox API directly (no Terraform). */
export class ApiEngine implements Engine {
  readonly name = 'api';
  readonly inventory: ProxmoxInventory;
  readonly #ctx: EngineContext;
  readonly #allocator: VmidAllocator;
  readonly #ciUser: string;

  constructor(options: ApiEngineOptions) {
    const timing = { ...DEFAULT_TIMING, ...options.timing };
    this.inventory = new ProxmoxInventory(options.api);
    const tasks = new TaskWaiter(options.api, { timeoutMs: timing.taskTimeoutMs, pollMs: timing.taskPollMs });
    this.#ctx = { api: options.api, inventory: this.inventory, tasks, timing, clonePacer: new KeyedMutex() };
    this.#allocator = new VmidAllocator({
      source: this.inventory,
      claims: options.claims,
      ...(options.reservationTtlMs === undefined ? {} : { ttlMs: options.reservationTtlMs }),
      ...(options.reservationPrefix === undefined ? {} : { prefix: options.reservationPrefix }),
    });
    this.#ciUser = options.ciUser ?? 'atlas';
  }

  /** The VMIDs a rejected, expired, cancelled or revised plan reserved go back at once, not after a day. */
  async release(plan: Plan): Promise<void> {
    for (const action of plan.actions) {
      if (action.kind === 'create-vm')
        await this.#allocator.release(action.vm.vmid, `${plan.requestId}/${action.vm.name}`);
    }
  }

  async plan(request: Request): Promise<PlanDraft> {
    const operation = request.operation;
    if (operation.kind === 'create') {
      const planner = { inventory: this.inventory, allocator: this.#allocator, ciUser: this.#ciUser };
      return { actions: await planCreate(planner, request.id, operation.vms) };
    }
    if (operation.kind === 'destroy')
      return { actions: [{ kind: 'destroy-vm', vm: await this.#existing(operation.vm) }] };
    throw new AtlasError(
      'internal',
      `${request.id} is a ${operation.action} request; power actions are not planned.`,
    );
  }

  async apply(plan: Plan, report: ProgressReporter, signal?: AbortSignal): Promise<VmResult[]> {
    if (plan.engine !== this.name) {
      throw new AtlasError(
        'stale_plan',
        `${plan.requestId}'s plan was made by the ${plan.engine} engine, not ${this.name}.`,
        {
          hint: 'Plan the request again with the engine that is configured now.',
        },
      );
    }
    const scope: StepScope = { report, signal, requestId: plan.requestId };
    const settled = await settleWithLimit(plan.actions, this.#ctx.timing.concurrency, (action) =>
      this.#applyOne(scope, action),
    );
    const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
    if (failures.length > 0) throw failures[0];
    return settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
  }

  async power(vm: VmRef, action: PowerAction): Promise<void> {
    await powerVm(this.#ctx, vm, action);
  }

  async #applyOne(scope: StepScope, action: PlanAction): Promise<VmResult | undefined> {
    if (action.kind === 'create-vm') return createVm(this.#ctx, scope, action.vm);
    await destroyVm(this.#ctx, scope, action.vm);
    return undefined;
  }

  async #existing(ref: VmRef): Promise<VmRef> {
    const vm = await locateVm(this.inventory, ref);
    if (vm) return vm;
    throw new AtlasError('not_found', `${ref.name} (vmid ${ref.vmid}) does not exist any more.`, {
      hint: 'See what exists with /atlas vm list.',
    });
  }
}
