import type { PlanAction } from '../domain/plan.ts';
import { type PlanChange, VM_RESOURCE_TYPE } from './plan-summary.ts';
import type { TfEvent } from './tf-events.ts';
import { resourceLabel } from './workspace-model.ts';

/** How the `-json` UI names an action, as `terraform show -json` lists it. */
const ACTIONS: Readonly<Record<string, string[]>> = {
  create: ['create'],
  update: ['update'],
  delete: ['delete'],
  replace: ['delete', 'create'],
};

/**
 * The changes of a create plan from the `planned_change` events `terraform plan -json` printed, instead
 * of a second run (`terraform show -json`, which starts the provider again). A created VM's name, VMID
 * and node are literals of the generated configuration, so they are the planned VM's; anything else
 * Terraform would do (an update, a replacement, a resource ATLAS did not plan) keeps its address and
 * action, and assertPlanMatches refuses it.
 */
export function changesFromEvents(events: readonly TfEvent[], actions: readonly PlanAction[]): PlanChange[] {
  const planned = new Map(
    actions.flatMap((a) =>
      a.kind === 'create-vm' ? [[`${VM_RESOURCE_TYPE}.${resourceLabel(a.vm.name)}`, a.vm]] : [],
    ),
  );
  return events.flatMap((event): PlanChange[] => {
    if (event.type !== 'planned_change') return [];
    const { addr } = event.change.resource;
    const how = ACTIONS[event.change.action] ?? [event.change.action];
    if (event.change.action === 'noop' || event.change.action === 'read') return [];
    const vm = how.length === 1 && how[0] === 'create' ? planned.get(addr) : undefined;
    return [{ address: addr, actions: how, ...(vm ? { name: vm.name, vmId: vm.vmid, node: vm.node } : {}) }];
  });
}
