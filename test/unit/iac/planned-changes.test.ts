import { describe, expect, it } from 'vitest';
import { assertPlanMatches, summarizeChanges } from '../../../src/iac/plan-summary.ts';
import { changesFromEvents } from '../../../src/iac/planned-changes.ts';
import { parseEvent, type TfEvent } from '../../../src/iac/tf-events.ts';
import { createAction } from './fixtures.ts';

const ADDR = 'proxmox_virtual_environment_vm.vm_web_01';

/** A `planned_change` line as terraform 1.11 prints it with -json (trimmed). */
function planned(addr: string, action: string): TfEvent {
  const line = JSON.stringify({
    '@level': 'info',
    '@message': `${addr}: Plan to ${action}`,
    change: { resource: { addr, resource_type: 'proxmox_virtual_environment_vm' }, action },
    type: 'planned_change',
  });
  const event = parseEvent(line);
  if (!event) throw new Error('not parsed');
  return event;
}

describe('changesFromEvents', () => {
  it("reads a create plan from Terraform's planned changes, with the generated VM's values", () => {
    const actions = [createAction()];

    const changes = changesFromEvents([planned(ADDR, 'create')], actions);

    expect(changes).toEqual([
      { address: ADDR, actions: ['create'], name: 'web-01', vmId: 101, node: 'pve3' },
    ]);
    expect(() => assertPlanMatches('R-7F3K', actions, changes)).not.toThrow();
    expect(summarizeChanges(changes)).toBe(
      '+ create web-01 (vmid 101 on pve3)\nTerraform: 1 to add, 0 to change, 0 to destroy.',
    );
  });

  it('keeps what ATLAS did not plan, so the plan is refused', () => {
    const actions = [createAction()];

    const replace = changesFromEvents([planned(ADDR, 'replace')], actions);
    const extra = changesFromEvents(
      [planned(ADDR, 'create'), planned('proxmox_virtual_environment_vm.vm_db_01', 'delete')],
      actions,
    );
    const nothing = changesFromEvents([planned(ADDR, 'noop')], actions);

    expect(() => assertPlanMatches('R-7F3K', actions, replace)).toThrow(/would delete\/create web-01/);
    expect(() => assertPlanMatches('R-7F3K', actions, extra)).toThrow(/vm_db_01, which ATLAS did not plan/);
    expect(() => assertPlanMatches('R-7F3K', actions, nothing)).toThrow(/leaves out/);
  });
});
