import { z } from 'zod';
import { AtlasError } from '../domain/errors.ts';
import type { PlanAction } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import type { SaidLine } from '../domain/progress/progress-text.ts';
import { resourceLabel } from './workspace-model.ts';

export const VM_RESOURCE_TYPE = 'proxmox_virtual_environment_vm';

/** The part of `terraform show -json <planfile>` ATLAS reads. */
const ShownPlan = z.object({
  resource_changes: z
    .array(
      z.object({
        address: z.string(),
        type: z.string(),
        change: z.object({
          actions: z.array(z.string()),
          before: z.record(z.string(), z.unknown()).nullable().optional(),
          after: z.record(z.string(), z.unknown()).nullable().optional(),
        }),
      }),
    )
    .optional(),
});

export interface PlanChange {
  address: string;
  /** `create`, `update`, `delete`, or `delete` + `create` for a replacement. */
  actions: string[];
  name?: string;
  vmId?: number;
  node?: string;
}

/** The changes of a shown plan, without the no-ops. */
export function planChanges(shown: unknown): PlanChange[] {
  const plan = ShownPlan.parse(shown);
  return (plan.resource_changes ?? [])
    .filter((rc) => !rc.change.actions.every((a) => a === 'no-op' || a === 'read'))
    .map((rc): PlanChange => {
      const values = rc.change.after ?? rc.change.before ?? {};
      const { name, vm_id: vmId, node_name: node } = values;
      return {
        address: rc.address,
        actions: rc.change.actions,
        ...(typeof name === 'string' ? { name } : {}),
        ...(typeof vmId === 'number' ? { vmId } : {}),
        ...(typeof node === 'string' ? { node } : {}),
      };
    });
}

/** One line per change, as the thread shows it: `+ create web-01 (vmid 101 on pve3)`, then the totals. */
export function summaryLines(changes: readonly PlanChange[]): SaidLine[] {
  if (changes.length === 0) return [progressLine('planNoChanges')];
  const sign = (c: PlanChange) =>
    c.actions.length > 1 ? '-/+' : c.actions[0] === 'delete' ? '-' : c.actions[0] === 'create' ? '+' : '~';
  const lines = changes.map((c) => {
    const what = c.name ?? c.address;
    const actions = c.actions.join('/');
    if (c.vmId === undefined) return progressLine('planChange', sign(c), actions, what);
    if (!c.node) return progressLine('planChangeVmid', sign(c), actions, what, c.vmId);
    return progressLine('planChangeAt', sign(c), actions, what, c.vmId, c.node);
  });
  const count = (a: string) => changes.filter((c) => c.actions.includes(a)).length;
  return [...lines, progressLine('planTotals', count('create'), count('update'), count('delete'))];
}

/** The summary in English, one line per change. */
export function summarizeChanges(changes: readonly PlanChange[]): string {
  return summaryLines(changes)
    .map((line) => line.message)
    .join('\n');
}

/**
 * Refuses a Terraform plan that would do anything other than what ATLAS planned: exactly one create per
 * create-vm action (same name, VMID, node) or one delete per destroy-vm action, and nothing else.
 */
export function assertPlanMatches(
  requestId: string,
  actions: readonly PlanAction[],
  changes: readonly PlanChange[],
): void {
  const expected = new Map(actions.map((a) => [`${VM_RESOURCE_TYPE}.${resourceLabel(a.vm.name)}`, a]));
  for (const change of changes) {
    const action = expected.get(change.address);
    const problem = action
      ? mismatch(action, change)
      : `it would ${change.actions.join('/')} ${change.address}, which ATLAS did not plan`;
    if (problem) throw planMismatch(requestId, problem);
  }
  const missing = [...expected.keys()].find((address) => !changes.some((c) => c.address === address));
  if (missing) throw planMismatch(requestId, `it leaves out ${missing}`);
}

function mismatch(action: PlanAction, change: PlanChange): string | undefined {
  const want = action.kind === 'create-vm' ? 'create' : 'delete';
  if (change.actions.length !== 1 || change.actions[0] !== want) {
    return `it would ${change.actions.join('/')} ${action.vm.name} instead of ${want === 'create' ? 'creating' : 'destroying'} it`;
  }
  if (change.vmId !== action.vm.vmid || change.name !== action.vm.name || change.node !== action.vm.node) {
    return `${change.address} is ${change.name} (vmid ${change.vmId} on ${change.node}), not ${action.vm.name} (vmid ${action.vm.vmid} on ${action.vm.node})`;
  }
  return undefined;
}

function planMismatch(requestId: string, problem: string): AtlasError {
  return new AtlasError(
    'internal',
    `Terraform's plan for ${requestId} differs from ATLAS's plan: ${problem}.`,
    {
      hint: 'Nothing was applied. Plan the request again; if it happens again, report it with the request id.',
    },
  );
}

/** Create what is missing, update what is half-configured, replace what a failed create left tainted. */
const CARRY_ON_CREATE = new Set(['create', 'update', 'delete/create', 'create/delete']);

/**
 * Refuses a plan made to finish an interrupted apply unless it only carries on with what was approved:
 * creating (or updating, or replacing a half-made) VM of a create-vm action, deleting a destroy-vm's VM.
 */
export function assertResumable(
  requestId: string,
  actions: readonly PlanAction[],
  changes: readonly PlanChange[],
): void {
  const approved = new Map(actions.map((a) => [`${VM_RESOURCE_TYPE}.${resourceLabel(a.vm.name)}`, a.kind]));
  for (const change of changes) {
    const kind = approved.get(change.address);
    const how = change.actions.join('/');
    const allowed =
      kind === 'create-vm' ? CARRY_ON_CREATE.has(how) : kind === 'destroy-vm' && how === 'delete';
    if (!allowed) {
      throw planMismatch(
        requestId,
        `finishing the apply would ${change.actions.join('/')} ${change.address}`,
      );
    }
  }
}
