import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../../src/domain/plan.ts';
import {
  assertPlanMatches,
  assertResumable,
  planChanges,
  summarizeChanges,
} from '../../../src/iac/plan-summary.ts';
import { createAction } from './fixtures.ts';

const ADDR = 'proxmox_virtual_environment_vm.vm_web_01';

function shown(...changes: { address: string; actions: string[]; after?: object; before?: object }[]) {
  return {
    format_version: '1.2',
    resource_changes: changes.map((c) => ({
      address: c.address,
      mode: 'managed',
      type: c.address.split('.')[0],
      name: c.address.split('.')[1],
      change: { actions: c.actions, before: c.before ?? null, after: c.after ?? null, after_unknown: {} },
    })),
  };
}

const createWeb = {
  address: ADDR,
  actions: ['create'],
  after: { name: 'web-01', vm_id: 101, node_name: 'pve3' },
};
const destroy: PlanAction = { kind: 'destroy-vm', vm: { name: 'web-01', vmid: 101, node: 'pve3' } };

describe('planChanges and summarizeChanges', () => {
  it('lists what Terraform will do, without the no-ops', () => {
    const changes = planChanges(
      shown(createWeb, { address: 'proxmox_virtual_environment_vm.vm_db', actions: ['no-op'] }),
    );

    expect(changes).toEqual([
      { address: ADDR, actions: ['create'], name: 'web-01', vmId: 101, node: 'pve3' },
    ]);
    expect(summarizeChanges(changes)).toBe(
      '+ create web-01 (vmid 101 on pve3)\nTerraform: 1 to add, 0 to change, 0 to destroy.',
    );
  });

  it('takes a deleted resource from its values before the change', () => {
    const changes = planChanges(
      shown({
        address: ADDR,
        actions: ['delete'],
        before: { name: 'web-01', vm_id: 101, node_name: 'pve1' },
      }),
    );

    expect(summarizeChanges(changes)).toBe(
      '- delete web-01 (vmid 101 on pve1)\nTerraform: 0 to add, 0 to change, 1 to destroy.',
    );
  });

  it('says so when nothing changes', () => {
    expect(summarizeChanges(planChanges({ format_version: '1.2' }))).toBe('Terraform: no changes.');
  });
});

describe('assertPlanMatches', () => {
  it('accepts exactly the planned creates', () => {
    expect(() => assertPlanMatches('R-7F3K', [createAction()], planChanges(shown(createWeb)))).not.toThrow();
  });

  it('accepts exactly the planned destroy', () => {
    const changes = planChanges(
      shown({
        address: ADDR,
        actions: ['delete'],
        before: { name: 'web-01', vm_id: 101, node_name: 'pve3' },
      }),
    );

    expect(() => assertPlanMatches('R-7F3K', [destroy], changes)).not.toThrow();
  });

  it('refuses a change ATLAS did not plan', () => {
    const changes = planChanges(
      shown(createWeb, { address: 'proxmox_virtual_environment_vm.vm_other', actions: ['delete'] }),
    );

    expect(() => assertPlanMatches('R-7F3K', [createAction()], changes)).toThrow(
      /differs from ATLAS's plan: it would delete proxmox_virtual_environment_vm.vm_other/,
    );
  });

  it('refuses another VMID or node than planned', () => {
    const changes = planChanges(
      shown({ ...createWeb, after: { name: 'web-01', vm_id: 555, node_name: 'pve3' } }),
    );

    expect(() => assertPlanMatches('R-7F3K', [createAction()], changes)).toThrow(
      /vmid 555 on pve3\), not web-01 \(vmid 101 on pve3\)/,
    );
  });

  it('refuses a replacement where a create was planned, and a plan that leaves a VM out', () => {
    const replace = planChanges(shown({ ...createWeb, actions: ['delete', 'create'] }));

    expect(() => assertPlanMatches('R-7F3K', [createAction()], replace)).toThrow(
      /would delete\/create web-01 instead of creating it/,
    );
    expect(() => assertPlanMatches('R-7F3K', [createAction()], [])).toThrow(
      /leaves out proxmox_virtual_environment_vm.vm_web_01/,
    );
  });
});

describe('assertResumable', () => {
  it('lets an interrupted create carry on: create, update or replace its own VMs', () => {
    for (const actions of [['create'], ['update'], ['delete', 'create']]) {
      expect(() =>
        assertResumable('R-7F3K', [createAction()], planChanges(shown({ ...createWeb, actions }))),
      ).not.toThrow();
    }
  });

  it('refuses to delete a VM while finishing a create, or to touch anything else', () => {
    expect(() =>
      assertResumable('R-7F3K', [createAction()], planChanges(shown({ ...createWeb, actions: ['delete'] }))),
    ).toThrow(/finishing the apply would delete/);
    expect(() =>
      assertResumable(
        'R-7F3K',
        [createAction()],
        planChanges(shown({ address: 'proxmox_virtual_environment_vm.vm_x', actions: ['create'] })),
      ),
    ).toThrow(/vm_x/);
  });

  it('lets an interrupted destroy only delete its VM', () => {
    expect(() =>
      assertResumable('R-7F3K', [destroy], planChanges(shown({ address: ADDR, actions: ['delete'] }))),
    ).not.toThrow();
    expect(() => assertResumable('R-7F3K', [destroy], planChanges(shown(createWeb)))).toThrow(/would create/);
  });
});
