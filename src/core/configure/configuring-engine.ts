import { AtlasError } from '../../domain/errors.ts';
import type { PowerAction } from '../../domain/intent.ts';
import type { Plan, PlanAction } from '../../domain/plan.ts';
import type { Request, VmResult } from '../../domain/request.ts';
import type { VmRef, VmSpec } from '../../domain/vm-spec.ts';
import type { Configurator } from '../../ports/configurator.ts';
import type { Engine, PlanDraft, ProgressReporter } from '../../ports/engine.ts';

/**
 * An engine that plans the configure step too: a VM asked `--with` roles gets ATLAS's public key among
 * its SSH keys and its roles (profiles expanded) in its planned VM, so both are part of the plan that is
 * shown, hashed and approved. Everything else goes to the inner engine unchanged.
 */
export class ConfiguringEngine implements Engine {
  readonly name: string;
  readonly #inner: Engine;
  readonly #configurator: Configurator | undefined;

  constructor(inner: Engine, configurator: Configurator | undefined) {
    this.name = inner.name;
    this.#inner = inner;
    this.#configurator = configurator;
  }

  async plan(request: Request): Promise<PlanDraft> {
    const op = request.operation;
    if (op.kind !== 'create' || !op.vms.some(hasRoles)) return this.#inner.plan(request);
    const configurator = this.#require(request.id, op.vms);
    const key = await configurator.publicKey();
    const roles = new Map<string, string[]>();
    for (const vm of op.vms.filter(hasRoles)) roles.set(vm.name, await configurator.resolveRoles(vm.roles));
    const vms = op.vms.map((vm) => (roles.has(vm.name) ? withKey(vm, key) : vm));
    const draft = await this.#inner.plan({ ...request, operation: { ...op, vms } });
    return { ...draft, actions: draft.actions.map((action) => withRoles(action, roles)) };
  }

  apply(plan: Plan, report: ProgressReporter, signal?: AbortSignal): Promise<VmResult[]> {
    return this.#inner.apply(plan, report, signal);
  }

  power(vm: VmRef, action: PowerAction): Promise<void> {
    return this.#inner.power(vm, action);
  }

  async release(plan: Plan): Promise<void> {
    await this.#inner.release?.(plan);
  }

  async forget(requestId: string): Promise<boolean> {
    return (await this.#inner.forget?.(requestId)) ?? false;
  }

  #require(requestId: string, vms: readonly VmSpec[]): Configurator {
    if (this.#configurator) return this.#configurator;
    const asked = [...new Set(vms.flatMap((vm) => vm.roles ?? []))].join(', ');
    throw new AtlasError(
      'config',
      `${requestId} asks for ${asked}, but this ATLAS worker cannot configure VMs: ansible-playbook is not installed.`,
      {
        hint: 'Ask again without --with, or have the operators install Ansible on the workers (Debian: apt-get install ansible).',
      },
    );
  }
}

function hasRoles(vm: VmSpec): vm is VmSpec & { roles: string[] } {
  return (vm.roles?.length ?? 0) > 0;
}

/** The most keys a VM takes (cloud-init, both engines); ATLAS's own key needs one of them. */
const MAX_KEYS = 10;

function withKey(vm: VmSpec, key: string): VmSpec {
  const keys = [...vm.sshKeys.filter((k) => k !== key), key];
  if (keys.length > MAX_KEYS) {
    throw new AtlasError(
      'usage',
      `${vm.name} has ${vm.sshKeys.length} SSH keys; with --with it can have ${MAX_KEYS - 1}.`,
      {
        hint: 'ATLAS adds a key of its own to log in and run the roles: give one --ssh-key fewer.',
      },
    );
  }
  return { ...vm, sshKeys: keys };
}

function withRoles(action: PlanAction, roles: ReadonlyMap<string, string[]>): PlanAction {
  if (action.kind !== 'create-vm') return action;
  const list = roles.get(action.vm.name);
  return list ? { ...action, vm: { ...action.vm, roles: list } } : action;
}

/** Whether any VM of the plan has roles to run after it is created. */
export function needsConfiguring(plan: Pick<Plan, 'actions'>): boolean {
  return plan.actions.some((a) => a.kind === 'create-vm' && (a.vm.roles?.length ?? 0) > 0);
}
