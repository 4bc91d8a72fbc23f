import { describe, expect, it } from 'vitest';
import { helpText } from '../../../src/core/grammar/help-text.ts';
import type { Policy } from '../../../src/domain/policy.ts';
import { policy } from './policy.ts';

describe('helpText in Italian', () => {
  it.each([
    ['vm create', 'Guida: vm create'],
    ['memory', 'Guida: vm create'],
    ['approve', 'Guida: approve'],
    ['vm reboot', 'Guida: vm start|stop|reboot'],
    ['vm', 'Comandi di ATLAS'],
  ])('topic %j → %s (topics stay the command words)', (topic, title) => {
    expect(helpText(topic, policy, 'it').title).toBe(title);
  });

  it('shows the options of vm create in Italian, with the usage line and examples as typed', () => {
    const text = helpText('vm create', policy, 'it').text;

    for (const words of [
      'Uso: `/atlas vm create NAME [--cores N]',
      'Crea VM da un template',
      'Opzioni:',
      '`--cores N` core CPU (predefinito 2, al massimo 16).',
      'predefinita 2 GiB, al massimo 64 GiB',
      'Un numero senza unità sotto 64 indica GiB',
      '(predefinito 20 GiB, al massimo 500 GiB)',
      'predefinito ubuntu-24.04',
      'quante VM (predefinito 1, al massimo 10)',
      'Ogni VM riceve anche: atlas.',
      'I nomi sono etichette DNS',
      'Esempi:\n`/atlas vm create web-01 --cores 4 --memory 8G --disk 40G`',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/Usage:|Options:|Examples:|default/);
  });

  it('takes its notes from the policy', () => {
    const strict: Policy = { ...policy, requiredApprovals: 2, allowSelfApproval: true };

    const approve = helpText('approve', strict, 'it').text;
    const destroy = helpText('destroy', policy, 'it').text;
    const reject = helpText('reject', policy, 'it').text;

    expect(approve).toContain('un piano richiede 2 approvazioni da approvatori diversi.');
    expect(approve).not.toContain('Chi ha fatto la richiesta non può approvarla.');
    expect(destroy).toContain(
      "L'eliminazione viene pianificata come una creazione e richiede un'approvazione.",
    );
    expect(reject).toContain('Il motivo (fino a 500 caratteri) viene pubblicato nel thread');
  });

  it('says in Italian that there is no help for an unknown topic, with a suggestion', () => {
    const near = helpText('vm crate', policy, 'it').text;
    const far = helpText('xyzzy', policy, 'it').text;

    expect(near).toMatch(
      /^Nessuna guida per "vm crate"; forse intendevi `help vm create`\?\n\nScrivi un comando/,
    );
    expect(far).toMatch(/^Nessuna guida per "xyzzy"\.\n/);
  });
});
