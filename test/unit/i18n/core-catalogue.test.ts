import { describe, expect, it } from 'vitest';
import { ERROR_TEXTS } from '../../../src/core/i18n/catalogue.ts';
import { coreErrorsEn } from '../../../src/core/i18n/core-errors-en.ts';
import { coreErrorsIt } from '../../../src/core/i18n/core-errors-it.ts';
import { grammarErrorsEn } from '../../../src/core/i18n/grammar-errors-en.ts';
import { repliesEn } from '../../../src/core/i18n/replies-en.ts';
import { repliesIt } from '../../../src/core/i18n/replies-it.ts';
import { repliesFor } from '../../../src/core/i18n/replies-messages.ts';

/** Every key, nested objects (field labels, headlines) included. */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the use cases’ catalogues', () => {
  it('have the same error keys, with a hint in Italian wherever English has one', () => {
    expect(keys(coreErrorsIt).sort()).toEqual(keys(coreErrorsEn).sort());
  });

  it('share no error key with the grammar’s catalogue', () => {
    const grammar = new Set(Object.keys(grammarErrorsEn));

    expect(Object.keys(coreErrorsEn).filter((key) => grammar.has(key))).toEqual([]);
  });

  it('are both part of the error texts every language is told in', () => {
    for (const key of Object.keys(coreErrorsEn)) {
      expect(ERROR_TEXTS.en[key]).toBe(coreErrorsEn[key as keyof typeof coreErrorsEn]);
      expect(ERROR_TEXTS.it[key]).toBe(coreErrorsIt[key as keyof typeof coreErrorsIt]);
    }
  });

  it('have the same reply keys, and as many table columns', () => {
    expect(keys(repliesIt).sort()).toEqual(keys(repliesEn).sort());
    expect(repliesIt.vmColumns).toHaveLength(repliesEn.vmColumns.length);
    expect(repliesIt.templateColumns).toHaveLength(repliesEn.templateColumns.length);
  });

  it('hands out the replies of the language asked for', () => {
    expect(repliesFor('it')).toBe(repliesIt);
    expect(repliesFor('en')).toBe(repliesEn);
  });
});
