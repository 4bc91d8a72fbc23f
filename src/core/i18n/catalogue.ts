import { en } from './en.ts';
import { it } from './it.ts';
import type { Language } from './language.ts';
import type { Messages } from './messages.ts';

const CATALOGUES: Readonly<Record<Language, Messages>> = { en, it };

/** The messages of one language. */
export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}
