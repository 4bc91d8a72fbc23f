import { describe, expect, it } from 'vitest';
import { planCard } from '../../../src/core/views/plan-card.ts';
import type { Plan } from '../../../src/domain/plan.ts';
import { AT, audit, plan, request } from '../slack/view-fixtures.ts';

const destroyPlan: Plan = {
  ...plan(1),
  actions: [{ kind: 'destroy-vm', vm: { name: 'web-01', vmid: 101, node: 'pve1' } }],
};

describe('plan card in Italian', () => {
  it('titles, labels, plans and offers the decision in Italian with the same commands', () => {
    const view = planCard(request(1, { language: 'it' }), plan(1), audit, 'bob');

    expect(view.title).toBe('Piano R-7F3K: crea web-01');
    expect(view.fields?.map((f) => f.label)).toEqual(['Richiesta da', 'Template', 'Motore', 'Piano']);
    expect(view.code).toBe(
      '+ web-01  vmid 101 su pve1  da ubuntu-24.04  2 core, 4 GiB di memoria, 40 GiB di disco  ceph-vm  vmbr0 ip=dhcp',
    );
    expect(view.text).toBe('In attesa di approvazione fino al 2026-03-03 alle 14:00 UTC.');
    expect(view.buttons?.map((b) => [b.label, b.command])).toEqual([
      ['Approva', '/atlas approve R-7F3K'],
      ['Rifiuta', '/atlas reject R-7F3K'],
    ]);
    expect(view.context).toEqual([
      'Approvatori: bob',
      '14:00 alice · ha chiesto',
      '14:00 ATLAS · piano pronto · piano ab12cd34ef56',
      '14:02 bob · ha premuto Approva · piano ab12cd34ef56',
    ]);
  });

  it('says who decided, when and why', () => {
    const italian = request(1, { language: 'it' });

    const approved = planCard(italian, plan(1), audit, 'bob', {
      outcome: 'approved',
      by: 'slack:UBOB',
      at: AT,
    });
    const rejected = planCard(italian, plan(1), audit, 'bob', {
      outcome: 'rejected',
      by: 'bob',
      at: AT,
      reason: 'non in questo sprint',
    });
    const expired = planCard(italian, plan(1), audit, 'bob', { outcome: 'expired', at: AT });

    expect(approved.text).toBe('Approvata da UBOB alle 14:02 UTC.');
    expect(rejected.text).toBe('Rifiutata da bob alle 14:02 UTC: non in questo sprint.');
    expect(expired.text).toBe('Scaduta alle 14:02 UTC.');
    expect(approved.buttons).toBeUndefined();
  });

  it('names many VMs and destroys in Italian', () => {
    const many = planCard(request(3, { language: 'it' }), plan(3), [], 'bob');
    const destroy = planCard(request(1, { language: 'it' }), destroyPlan, [], 'bob');

    expect(many.title).toBe('Piano R-7F3K: crea 3 VM (web-01 … web-03)');
    expect(destroy.title).toBe('Piano R-7F3K: elimina web-01');
    expect(destroy.code).toBe('- elimina web-01  vmid 101 su pve1');
  });

  it('says the roles a VM is configured with', () => {
    const withRoles = plan(1);
    const [first] = withRoles.actions;
    if (first?.kind === 'create-vm') first.vm.roles = ['nginx', 'node-exporter'];

    const italian = planCard(request(1, { language: 'it' }), withRoles, [], 'bob');
    const english = planCard(request(1), withRoles, [], 'bob');

    expect(italian.code).toMatch(/ {2}con nginx, node-exporter$/);
    expect(english.code).toMatch(/ {2}with nginx, node-exporter$/);
  });
});

describe('plan card in English', () => {
  it('is unchanged for a request without a language and for an English one', () => {
    const unset = planCard(request(1), plan(1), audit, 'bob');
    const english = planCard(request(1, { language: 'en' }), plan(1), audit, 'bob');

    expect(english).toEqual(unset);
    expect(unset.title).toBe('Plan R-7F3K: create web-01');
    expect(unset.fields?.map((f) => f.label)).toEqual(['Requested by', 'Template', 'Engine', 'Plan']);
    expect(unset.code).toBe(
      '+ web-01  vmid 101 on pve1  from ubuntu-24.04  2 cores, 4 GiB memory, 40 GiB disk  ceph-vm  vmbr0 ip=dhcp',
    );
    expect(unset.text).toBe('Waiting for approval until 2026-03-03 14:00 UTC.');
    expect(unset.buttons?.map((b) => b.label)).toEqual(['Approve', 'Reject']);
    expect(unset.context?.at(-1)).toBe('14:02 bob · pressed Approve · plan ab12cd34ef56');
  });

  it('says the decision as before', () => {
    const view = planCard(request(1), plan(1), audit, 'bob', {
      outcome: 'rejected',
      by: 'slack:UBOB',
      at: AT,
      reason: 'not now',
    });
    const destroy = planCard(request(1), destroyPlan, [], 'bob');

    expect(view.text).toBe('Rejected by UBOB at 14:02 UTC: not now.');
    expect(destroy.title).toBe('Plan R-7F3K: destroy web-01');
    expect(destroy.code).toBe('- destroy web-01  vmid 101 on pve1');
  });
});
