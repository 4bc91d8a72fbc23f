import { describe, expect, it } from 'vitest';
import { threadSummary } from '../../../src/core/thread-summary.ts';
import type { Language } from '../../../src/domain/language.ts';
import { alice, coreWorld, thread } from '../../support/core-world.ts';

async function summaryOf(language: Language | undefined) {
  const world = coreWorld();
  const { requests } = world.deps;
  const vm = { name: 'web-01', vmid: 101, node: 'pve1' };
  const base = { requester: alice, thread, ...(language ? { language } : {}) };
  const created = await requests.create({
    ...base,
    operation: {
      kind: 'create',
      vms: [
        {
          name: 'web-01',
          cores: 2,
          memoryMiB: 4096,
          diskGiB: 20,
          template: 'ubuntu-24.04',
          sshKeys: [],
          tags: [],
        },
      ],
    },
  });
  await requests.transition(created.id, ['received'], 'succeeded', { result: [{ ...vm, ip: '10.0.0.9' }] });
  const stop = await requests.create({ ...base, operation: { kind: 'power', action: 'stop', vm } });
  await requests.transition(stop.id, ['received'], 'failed', { reason: 'x' });
  return { view: await threadSummary(world.deps, thread), ids: [created.id, stop.id] };
}

describe('thread summary', () => {
  it('is in the language of the thread requests', async () => {
    const { view, ids } = await summaryOf('it');

    expect(view.title).toBe('Stato finale di 2 richieste');
    expect(view.table).toEqual({
      columns: ['richiesta', 'stato', 'cosa', 'esito'],
      rows: [
        [ids[0], 'completata', 'crea web-01', 'web-01 10.0.0.9'],
        [ids[1], 'fallita', 'spegni web-01', 'x'],
      ],
    });
  });

  it('is in English as before for requests without a language', async () => {
    const { view, ids } = await summaryOf(undefined);

    expect(view.title).toBe('Final state of 2 request(s)');
    expect(view.table?.columns).toEqual(['request', 'state', 'what', 'outcome']);
    expect(view.table?.rows[1]).toEqual([ids[1], 'failed', 'stop web-01', 'x']);
  });

  it('says there were no requests in the fallback language', async () => {
    const world = coreWorld();

    const english = await threadSummary(world.deps, thread);
    const italian = await threadSummary(world.deps, thread, 'it');

    expect(english.title).toBe('Final state: no requests in this session.');
    expect(italian.title).toBe('Stato finale: nessuna richiesta in questa sessione.');
  });
});
