import { z } from 'zod';

/** The languages ATLAS answers in. Every message catalogue has an entry in each. */
export const LANGUAGES = ['en', 'it'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** What a request or thread without a recorded language is answered in. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return Language.safeParse(value).success;
}
