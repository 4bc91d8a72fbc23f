import { describe, expect, it } from 'vitest';
import { COMMANDS, shortUsage, VM_CREATE } from '../../../src/core/grammar/commands.ts';
import { helpText } from '../../../src/core/grammar/help-text.ts';
import { parseCommand } from '../../../src/core/grammar/parse-command.ts';
import { ERROR_TEXTS } from '../../../src/core/i18n/catalogue.ts';
import { coreErrorsEn } from '../../../src/core/i18n/core-errors-en.ts';
import { type ErrorText, errorIn } from '../../../src/core/i18n/error-texts.ts';
import { grammarErrorsEn } from '../../../src/core/i18n/grammar-errors-en.ts';
import { grammarErrorsIt } from '../../../src/core/i18n/grammar-errors-it.ts';
import { helpEn } from '../../../src/core/i18n/help-en.ts';
import { helpIt } from '../../../src/core/i18n/help-it.ts';
import { policy } from '../grammar/policy.ts';

const SAMPLE = ['web-01', '1', 'a_', '0', '70', 'web-02'];

function render(entry: ErrorText): string[] {
  const say = (fn: ErrorText['message'] | undefined) =>
    fn === undefined ? '' : (fn as (...args: string[]) => string)(...SAMPLE);
  return [say(entry.message), say(entry.hint)];
}

function errorText(text: string, language: 'en' | 'it'): { message: string; hint: string | undefined } {
  const result = parseCommand(text, policy);
  if (result.kind !== 'error') expect.fail(`${text} → ${result.kind}, not an error`);
  return errorIn(result.error, ERROR_TEXTS, language);
}

describe('grammar error catalogues', () => {
  it('have the same keys in English and Italian', () => {
    expect(Object.keys(grammarErrorsIt).sort()).toEqual(Object.keys(grammarErrorsEn).sort());
  });

  it('share no key with the use cases’ catalogue', () => {
    const clashes = Object.keys(grammarErrorsEn).filter((key) => Object.hasOwn(coreErrorsEn, key));

    expect(clashes).toEqual([]);
  });

  it.each(Object.keys(grammarErrorsEn))('%s renders a message and a hint in both languages', (key) => {
    const [enMessage, enHint] = render(grammarErrorsEn[key as keyof typeof grammarErrorsEn]);
    const [itMessage, itHint] = render(grammarErrorsIt[key as keyof typeof grammarErrorsIt]);

    expect(enMessage).not.toBe('');
    expect(enHint).not.toBe('');
    expect(itMessage).not.toBe('');
    expect(itHint).not.toBe('');
    expect([itMessage, itHint]).not.toEqual([enMessage, enHint]);
  });
});

describe('grammar errors told in Italian', () => {
  it.each([
    [
      'vm create web-01 --memroy 4G',
      '--memroy: opzione sconosciuta per vm create.',
      'Forse intendevi --memory?',
    ],
    [
      'vm create',
      'vm create richiede un nome.',
      'Uso: /atlas vm create NAME [options]. Per esempio: /atlas vm create web-01 --cores 4 --memory 8G --disk 40G',
    ],
    [
      'vm frobnicate',
      'vm frobnicate: comando sconosciuto.',
      'Comandi vm: create, list, status, start, stop, reboot, destroy. Per esempio: /atlas vm list',
    ],
    [
      'approve xyz',
      "xyz non è l'id di una richiesta.",
      'Gli id delle richieste sono come R-7F3K (lo trovi nella scheda del piano). /atlas approve da solo approva la richiesta in attesa di questo thread.',
    ],
    [
      'approve R-7F3K R-8G4L',
      'approve: non mi aspettavo R-8G4L.',
      'Uso: /atlas approve [REQUEST], per esempio /atlas approve R-7F3K. Approva una richiesta per comando.',
    ],
    [
      'vm create "Web 01"',
      'Web 01 non è un nome di VM valido: ha lettere maiuscole e contiene spazi.',
      'Forse intendevi web-01? I nomi delle VM sono etichette DNS: a-z, 0-9 e "-", da 1 a 63 caratteri, senza "-" all\'inizio o alla fine.',
    ],
    [
      'vm create web-01 --cores 64',
      '--cores 64 supera il limite di 16 core per VM (ATLAS_MAX_CORES).',
      'Chiedi al massimo 16 core per VM, oppure chiedi a un operatore di alzare ATLAS_MAX_CORES.',
    ],
  ])('%s', (text, message, hint) => {
    expect(errorText(text, 'it')).toEqual({ message, hint });
  });

  it('stays English for an English thread', () => {
    expect(errorText('vm create web-01 --memroy 4G', 'en')).toEqual({
      message: '--memroy: unknown option for vm create.',
      hint: 'Did you mean --memory?',
    });
  });
});

describe('help catalogues', () => {
  it('have the same keys, summaries and option lines in English and Italian', () => {
    expect(Object.keys(helpIt).sort()).toEqual(Object.keys(helpEn).sort());
    expect(Object.keys(helpIt.summaries).sort()).toEqual(Object.keys(helpEn.summaries).sort());
    expect(Object.keys(helpIt.createOptions)).toEqual(Object.keys(helpEn.createOptions));
  });

  it('describe every option of vm create', () => {
    expect(Object.keys(helpEn.createOptions)).toEqual(VM_CREATE.flags.map((flag) => flag.name));
  });

  it('give an Italian overview that lists every command', () => {
    const help = helpText(undefined, policy, 'it');

    expect(help.title).toBe('Comandi di ATLAS');
    expect(help.text).toContain('Scrivi un comando dopo `/atlas`');
    for (const command of COMMANDS) {
      expect(help.text).toContain(`\`/atlas ${shortUsage(command)}\`: ${helpIt.summaries[command.name]}`);
      expect(help.text).not.toContain(helpEn.summaries[command.name]);
    }
  });
});
