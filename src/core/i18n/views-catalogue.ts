import type { Language } from '../../domain/language.ts';
import { viewsEn } from './views-en.ts';
import { viewsIt } from './views-it.ts';
import type { ViewMessages } from './views-messages.ts';

const VIEWS: Readonly<Record<Language, ViewMessages>> = { en: viewsEn, it: viewsIt };

/** What the thread views say, in one language. */
export function viewMessages(language: Language): ViewMessages {
  return VIEWS[language];
}
