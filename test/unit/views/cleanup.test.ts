import { describe, expect, it } from 'vitest';
import { failureView } from '../../../src/core/views/outcome.ts';
import type { AuditEntry } from '../../../src/domain/audit.ts';
import type { Language } from '../../../src/domain/language.ts';
import { AT, request } from '../slack/view-fixtures.ts';

const kept = [{ name: 'web-01', vmid: 101, node: 'pve1', ip: '10.0.0.9' }];

function decided(action: string, detail?: string): AuditEntry[] {
  return [{ id: 9, at: AT, actor: 'atlas', action, requestId: 'R-7F3K', ...(detail ? { detail } : {}) }];
}

function failed(language: Language, action: string) {
  const base = request(1, { state: 'failed', language, planHash: 'ab'.repeat(32), result: kept });
  return failureView(base, decided(action));
}

describe('failure view of a create with a cleanup decision', () => {
  it('offers the rollback with a button, in Italian and in English', () => {
    const italian = failed('it', 'rollback.offered');
    const english = failed('en', 'rollback.offered');

    expect(italian.context?.[0]).toBe(
      'Correggi la causa e rifai la richiesta. web-01 (10.0.0.9) viene mantenuta. Rollback rimuove quanto già creato di web-01; oppure rimuovi una VM con /atlas vm destroy NAME.',
    );
    expect(italian.context?.[1]).toBe('14:02 ATLAS · rollback proposto');
    expect(italian.buttons?.map((b) => [b.label, b.command])).toEqual([
      ['Rollback', expect.stringMatching(/^\/atlas rollback R-[0-9A-Z]{4}$/)],
    ]);
    expect(english.context?.[0]).toBe(
      'Fix the cause and ask again. web-01 (10.0.0.9) is kept. Roll back removes whatever of web-01 it created; or remove a VM with /atlas vm destroy NAME.',
    );
    expect(english.buttons?.map((b) => b.label)).toEqual(['Roll back']);
  });

  it('says it is rolling back, or that the VMs are kept', () => {
    expect(failed('it', 'rollback.automatic').context?.[0]).toBe(
      'Correggi la causa e rifai la richiesta. ATLAS sta rimuovendo quanto già creato di web-01.',
    );
    expect(failed('it', 'rollback.declined').context?.[0]).toBe(
      'Correggi la causa e rifai la richiesta. web-01 (10.0.0.9) viene mantenuta. Rimuovi le VM che non ti servono con /atlas vm destroy NAME.',
    );
    expect(failed('en', 'rollback.automatic').context?.[0]).toBe(
      'Fix the cause and ask again. ATLAS is removing whatever of web-01 it created.',
    );
    expect(failed('en', 'rollback.declined').context?.[0]).toBe(
      'Fix the cause and ask again. web-01 (10.0.0.9) is kept. Remove a VM you do not need with /atlas vm destroy NAME.',
    );
  });
});

describe('rolled-back view', () => {
  it('says what was removed and why it had failed, in Italian', () => {
    const italian = request(1, { state: 'rolled_back', language: 'it', reason: 'disco pieno' });

    const guessed = failureView({ ...italian, reason: undefined }, []);
    const recorded = failureView(italian, decided('state.rolled_back', 'web-01 (vmid 101)'));

    expect(guessed.title).toBe('R-7F3K: rollback eseguito');
    expect(guessed.text).toBe('Era fallita: la richiesta è fallita.');
    expect(guessed.fields).toEqual([{ label: 'Rimosso', value: 'quanto esisteva di web-01' }]);
    expect(recorded.text).toBe('Era fallita: disco pieno');
    expect(recorded.fields).toEqual([{ label: 'Rimosso', value: 'web-01 (vmid 101)' }]);
    expect(recorded.context).toEqual([
      'Correggi la causa e rifai la richiesta.',
      '14:02 ATLAS · rollback eseguito',
    ]);
  });

  it('says the same in English as before', () => {
    const view = failureView(request(1, { state: 'rolled_back' }), []);

    expect(view.title).toBe('R-7F3K rolled back');
    expect(view.text).toBe('It had failed: the request failed.');
    expect(view.fields).toEqual([{ label: 'Rolled back', value: 'whatever of web-01 existed' }]);
    expect(view.context).toEqual(['Fix the cause and ask again.']);
  });
});
