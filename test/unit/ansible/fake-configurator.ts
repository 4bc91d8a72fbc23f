// A Configurator for core tests: records what it was asked to run, fails when told to.
import { AtlasError } from '../../../src/domain/errors.ts';
import type { Plan } from '../../../src/domain/plan.ts';
import type { VmResult } from '../../../src/domain/request.ts';
import type { Configurator } from '../../../src/ports/configurator.ts';
import type { ProgressReporter } from '../../../src/ports/engine.ts';

export const ATLAS_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKjZQv3ZCm17VUOLmb/wJFuys4brGP0+jimVJLOqrK9Y atlas';

export class FakeConfigurator implements Configurator {
  readonly runs: { plan: Plan; vms: readonly VmResult[] }[] = [];
  readonly profiles: Record<string, string[]> = { web: ['nginx'] };
  readonly roles = ['nginx', 'docker'];
  failWith: Error | undefined;

  async publicKey(): Promise<string> {
    return ATLAS_KEY;
  }

  async resolveRoles(names: readonly string[]): Promise<string[]> {
    const out: string[] = [];
    for (const name of names) {
      const expanded = this.roles.includes(name) ? [name] : this.profiles[name];
      if (!expanded)
        throw new AtlasError('usage', `--with ${name}: there is no role or profile of that name.`);
      for (const role of expanded) if (!out.includes(role)) out.push(role);
    }
    return out;
  }

  async configure(plan: Plan, vms: readonly VmResult[], report: ProgressReporter): Promise<void> {
    this.runs.push({ plan, vms });
    for (const vm of vms)
      await report({ message: `${vm.name}: nginx : Install nginx · changed`, vm: vm.name });
    if (this.failWith) throw this.failWith;
  }
}
