import type { Language } from '../../domain/language.ts';
import { coreErrorsEn } from './core-errors-en.ts';
import { coreErrorsIt } from './core-errors-it.ts';
import { en } from './en.ts';
import type { ErrorTexts } from './error-texts.ts';
import { grammarErrorsEn } from './grammar-errors-en.ts';
import { grammarErrorsIt } from './grammar-errors-it.ts';
import { it } from './it.ts';
import type { Messages } from './messages.ts';

const CATALOGUES: Readonly<Record<Language, Messages>> = { en, it };

/** The messages of one language. */
export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/** Every error text by key, per language: the grammar's and the use cases'. Keys are unique across both. */
export const ERROR_TEXTS: Readonly<Record<Language, ErrorTexts>> = {
  en: { ...grammarErrorsEn, ...coreErrorsEn },
  it: { ...grammarErrorsIt, ...coreErrorsIt },
};
