import { describe, expect, it } from 'vitest';
import { applyingLine, failureView, progressView, resultView } from '../../../src/core/views/outcome.ts';
import type { Request } from '../../../src/domain/request.ts';
import { audit, request } from '../slack/view-fixtures.ts';

const vm = { name: 'web-01', vmid: 101, node: 'pve1' };
const done = (patch: Partial<Request>) => request(1, { state: 'succeeded', result: [vm], ...patch });
const power = (action: 'start' | 'stop' | 'reboot'): Request['operation'] => ({ kind: 'power', action, vm });

describe('progress view', () => {
  it('names the state in the request language', () => {
    const italian = progressView(
      request(1, { state: 'applying', language: 'it' }),
      ['a', 'b'],
      12_000,
      false,
    );
    const english = progressView(request(1, { state: 'awaiting_approval' }), [], 65_000, false);

    expect(italian.title).toBe('R-7F3K in applicazione · 12s');
    expect(italian.text).toBe('a\nb');
    expect(english.title).toBe('R-7F3K awaiting approval · 1m 05s');
  });
});

describe('first progress line', () => {
  it('says what the worker starts doing, in the request language', () => {
    expect(applyingLine(request(1, { language: 'it' }))).toBe('applicazione del piano approvato');
    expect(applyingLine(request(1, { language: 'it', operation: power('reboot') }))).toBe('riavvia web-01');
    expect(applyingLine(request(1))).toBe('applying the approved plan');
    expect(applyingLine(request(1, { operation: power('stop') }))).toBe('stop web-01');
  });
});

describe('result view', () => {
  it('says what is done, where, and how long it took, in Italian', () => {
    const view = resultView(done({ language: 'it' }), audit, 'atlas');

    expect(view.title).toBe('R-7F3K completata: web-01 è in esecuzione');
    expect(view.fields).toEqual([
      { label: 'web-01', value: 'pve1 · vmid 101 · nessun IP ancora segnalato' },
      { label: 'Durata', value: '2m 05s' },
    ]);
    expect(view.context?.[0]).toBe('14:00 alice · ha chiesto');
  });

  it('says the same in English as before', () => {
    const view = resultView(done({ result: [{ ...vm, ip: '10.0.0.9' }] }), audit, 'atlas');

    expect(view.title).toBe('R-7F3K done: web-01 is running');
    expect(view.fields).toEqual([
      { label: 'web-01', value: 'pve1 · vmid 101 · 10.0.0.9 · ssh atlas@10.0.0.9' },
      { label: 'Took', value: '2m 05s' },
    ]);
  });

  it('names power actions and destroys in both languages', () => {
    const titles = (language: 'en' | 'it') => [
      resultView(done({ language, operation: power('start') }), [], 'atlas').title,
      resultView(done({ language, operation: power('stop') }), [], 'atlas').title,
      resultView(done({ language, operation: power('reboot') }), [], 'atlas').title,
      resultView(done({ language, operation: { kind: 'destroy', vm } }), [], 'atlas').title,
    ];

    expect(titles('en')).toEqual([
      'R-7F3K done: web-01 is started',
      'R-7F3K done: web-01 is stopped',
      'R-7F3K done: web-01 is rebooted',
      'R-7F3K done: web-01 is destroyed',
    ]);
    expect(titles('it')).toEqual([
      'R-7F3K completata: web-01 è stata avviata',
      'R-7F3K completata: web-01 è stata spenta',
      'R-7F3K completata: web-01 è stata riavviata',
      'R-7F3K completata: web-01 è stata eliminata',
    ]);
  });
});

describe('failure view without a cleanup decision', () => {
  it('says what to do next in Italian', () => {
    const failed = { state: 'failed' as const, language: 'it' as const };

    const create = failureView(request(1, failed), audit);
    const made = failureView(request(1, { ...failed, result: [vm], reason: 'disco pieno' }), []);
    const stop = failureView(request(1, { ...failed, operation: power('stop') }), []);

    expect(create.title).toBe('R-7F3K fallita');
    expect(create.text).toBe('La richiesta è fallita.');
    expect(create.context?.[0]).toBe('Correggi la causa e rifai la richiesta.');
    expect(create.context?.at(-1)).toBe('14:02 bob · ha premuto Approva · piano ab12cd34ef56');
    expect(made.text).toBe('disco pieno');
    expect(made.context?.[0]).toBe(
      'Correggi la causa e rifai la richiesta; già create: web-01 (vmid 101 su pve1) — rimuovile con /atlas vm destroy NAME.',
    );
    expect(stop.context?.[0]).toBe('Correggi la causa e lancia di nuovo il comando.');
  });

  it('says the same in English as before', () => {
    const made = failureView(request(1, { state: 'failed', result: [vm] }), []);
    const stop = failureView(request(1, { state: 'failed', operation: power('stop') }), []);

    expect(made.title).toBe('R-7F3K failed');
    expect(made.text).toBe('The request failed.');
    expect(made.context?.[0]).toBe(
      'Fix the cause and ask again; already created: web-01 (vmid 101 on pve1) — remove with /atlas vm destroy NAME.',
    );
    expect(stop.context?.[0]).toBe('Fix the cause and run the command again.');
  });
});
