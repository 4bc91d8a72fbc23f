import { describe, expect, it } from 'vitest';
import { planCard } from '../../../src/core/views/plan-card.ts';
import { plan, request } from '../slack/view-fixtures.ts';

const SUMMARY = '+ create web-01 (vmid 101 on pve1)\nTerraform: 1 to add, 0 to change, 0 to destroy.';

describe('plan card', () => {
  it("shows Terraform's own summary under the planned actions", () => {
    const terraform = { ...plan(1), engine: 'terraform', summary: SUMMARY };

    const view = planCard(request(1), terraform, [], 'bob');

    const lines = view.code?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^\+ web-01 {2}vmid 101 on pve1 {2}from ubuntu-24\.04/);
    expect(lines.slice(1)).toEqual(['', ...SUMMARY.split('\n')]);
    expect(view.fields).toContainEqual({ label: 'Engine', value: 'terraform' });
  });

  it('shows only the planned actions when the engine said nothing more', () => {
    const view = planCard(request(1), plan(1), [], 'bob');

    expect(view.code?.split('\n')).toHaveLength(1);
  });
});
