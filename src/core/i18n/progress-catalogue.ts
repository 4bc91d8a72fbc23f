import type { Language } from '../../domain/language.ts';
import { progressEn } from '../../domain/progress/progress-en.ts';
import { lineIn, type ProgressTexts } from '../../domain/progress/progress-text.ts';
import type { Said } from '../../domain/said.ts';
import { progressIt } from './progress-it.ts';

/** Every progress line by key, per language. The English entries make the lines' `message`. */
export const PROGRESS_TEXTS: Readonly<Record<Language, ProgressTexts>> = { en: progressEn, it: progressIt };

/** A progress line as the thread keeps it: the English text, and the entry it came from when it has one. */
export interface ProgressLine {
  message: string;
  said?: Said | undefined;
}

/**
 * One progress line in `language`. Lines without a `said` (raw Ansible and Terraform output, lines the
 * core wrote already in the request's language) and lines naming an entry the catalogue lacks are shown
 * as they are.
 */
export function progressIn(line: ProgressLine, language: Language): string {
  return lineIn(line, PROGRESS_TEXTS[language]);
}
