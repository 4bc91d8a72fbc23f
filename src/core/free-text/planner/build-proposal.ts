import type { Policy } from '../../../domain/policy.ts';
import { MAX_ROLES, ROLE_NAME_PATTERN } from '../../../domain/roles.ts';
import { VmSpec } from '../../../domain/vm-spec.ts';
import type { ProposeRequestArgs } from './planner-tools.ts';

export interface Proposal {
  vms: VmSpec[];
  roles: string[];
  revises?: string;
}

export type Built = { ok: true; proposal: Proposal } | { ok: false; findings: string[] };

/**
 * The VmSpecs a proposal means, with the policy's defaults for what it leaves out and the configure roles
 * on every VM. Anything that is not a valid spec is a finding for the model to fix.
 */
export function buildProposal(args: ProposeRequestArgs, policy: Policy): Built {
  const roles = [...new Set((args.roles ?? []).map((role) => role.trim().toLowerCase()))];
  const findings = roles
    .filter((role) => !ROLE_NAME_PATTERN.test(role))
    .map((role) => `Role "${role.slice(0, 40)}" is not a role name: use a-z, 0-9, "_" and "-", e.g. nginx.`);
  if (roles.length > MAX_ROLES) findings.push(`At most ${MAX_ROLES} roles per VM.`);
  const valid = roles.filter((role) => ROLE_NAME_PATTERN.test(role)).slice(0, MAX_ROLES);
  const vms: VmSpec[] = [];
  for (const vm of args.vms) {
    const candidate = {
      name: vm.name.trim().toLowerCase(),
      cores: vm.cores ?? policy.defaults.cores,
      memoryMiB: vm.memory_gib === undefined ? policy.defaults.memoryMiB : Math.round(vm.memory_gib * 1024),
      diskGiB: vm.disk_gib ?? policy.defaults.diskGiB,
      template: (vm.template ?? policy.defaults.template).trim().toLowerCase(),
      ...(vm.node ? { node: vm.node.trim() } : {}),
      sshKeys: [],
      tags: [...policy.defaults.tags],
      ...(valid.length > 0 ? { roles: valid } : {}),
    };
    const parsed = VmSpec.safeParse(candidate);
    if (parsed.success) vms.push(parsed.data);
    else
      findings.push(
        ...parsed.error.issues.map(
          (issue) => `VM "${candidate.name.slice(0, 63)}": ${issue.path.join('.')} ${issue.message}.`,
        ),
      );
  }
  if (findings.length > 0) return { ok: false, findings };
  return { ok: true, proposal: { vms, roles, ...(args.revises ? { revises: args.revises } : {}) } };
}
