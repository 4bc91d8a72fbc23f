import { AtlasError } from '../../domain/errors.ts';
import type { Plan } from '../../domain/plan.ts';
import type { Request } from '../../domain/request.ts';
import type { ProgressReporter } from '../../ports/engine.ts';
import { moveRequest } from '../move-request.ts';
import type { ApplyDeps } from './configure-deps.ts';

/**
 * The configure step of an apply: configuring → succeeded once the configurator ran every role. Safe to
 * run again (a retried job): the VMs are read from the request, and Ansible's roles are idempotent.
 */
export async function configureRequest(
  deps: ApplyDeps,
  request: Request,
  plan: Plan,
  report: ProgressReporter,
  signal?: AbortSignal,
): Promise<void> {
  const configurator = deps.configurator;
  if (!configurator) {
    throw new AtlasError(
      'config',
      `${request.id}'s VMs were created, but this ATLAS worker cannot run their roles: ansible-playbook is not installed.`,
      {
        hint: 'Install Ansible on the workers (Debian: apt-get install ansible), or remove the VMs with /atlas vm destroy NAME.',
      },
    );
  }
  await configurator.configure(plan, request.result ?? [], report, signal);
  await moveRequest(deps, request, { to: 'succeeded', actor: 'atlas', detail: 'done, configured' });
}
