import { isIP } from 'node:net';
import { AtlasError } from '../../domain/errors.ts';
import { VM_NAME_PATTERN } from '../../domain/names.ts';
import type { Plan } from '../../domain/plan.ts';
import type { VmResult } from '../../domain/request.ts';
import { ROLE_NAME_PATTERN } from '../../domain/roles.ts';

/** One VM to configure: where to log in, as whom, and which roles to run. */
export interface HostEntry {
  name: string;
  ip: string;
  user: string;
  roles: string[];
  /** The template it was cloned from, for messages. */
  template: string;
}

const USER_PATTERN = /^[a-z_][a-z0-9_-]{0,31}$/;

/**
 * The planned VMs that have roles, joined with the addresses the engine reported. Every value that
 * ends up in the inventory or the playbook is checked against a strict pattern here.
 */
export function hostEntries(plan: Plan, vms: readonly VmResult[]): HostEntry[] {
  const entries: HostEntry[] = [];
  for (const action of plan.actions) {
    if (action.kind !== 'create-vm') continue;
    const planned = action.vm;
    const roles = planned.roles ?? [];
    if (roles.length === 0) continue;
    const created = vms.find((vm) => vm.name === planned.name);
    if (!created?.ip || isIP(created.ip) === 0) {
      throw new AtlasError(
        'configure',
        `${planned.name} reported no IP address, so ATLAS cannot reach it to run ${roles.join(', ')}.`,
        {
          hint: `The VM is kept. Check that qemu-guest-agent runs in the template ${planned.template.name}.`,
        },
      );
    }
    checkPattern('VM name', planned.name, VM_NAME_PATTERN);
    checkPattern('cloud-init user', planned.ciUser, USER_PATTERN);
    for (const role of roles) checkPattern('role', role, ROLE_NAME_PATTERN);
    entries.push({
      name: planned.name,
      ip: created.ip,
      user: planned.ciUser,
      roles: [...roles],
      template: planned.template.name,
    });
  }
  return entries;
}

function checkPattern(what: string, value: string, pattern: RegExp): void {
  if (pattern.test(value)) return;
  throw new AtlasError('internal', `Configuring: the ${what} ${JSON.stringify(value)} is not valid.`);
}
