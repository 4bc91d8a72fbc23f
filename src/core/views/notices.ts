import { AtlasError } from '../../domain/errors.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../domain/language.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { ERROR_TEXTS } from '../i18n/catalogue.ts';
import { errorIn } from '../i18n/error-texts.ts';
import { repliesFor } from '../i18n/replies-messages.ts';

export function notice(title: string, text?: string, tone: ThreadView['tone'] = 'neutral'): ThreadView {
  return { kind: 'notice', tone, title, ...(text ? { text } : {}), visibility: 'thread' };
}

const PRIVATE_CODES = new Set(['usage', 'forbidden']);

/**
 * An error's words in `language`. Errors from the catalogues are told again in it; an error that has
 * only English words (from Proxmox, Redis, the database, the config) keeps them, under a headline in
 * the language that says what kind of trouble it is, so nothing is lost.
 */
function errorWords(error: AtlasError, language: Language): { title: string; text: string | undefined } {
  if (error.said || language === 'en') {
    const { message, hint } = errorIn(error, ERROR_TEXTS, language);
    return { title: message, text: hint };
  }
  const english = [error.message, error.hint].filter(Boolean).join('\n');
  return { title: repliesFor(language).errorHeadline[error.code], text: english };
}

/** An error as the person sees it: what went wrong and what to do. Never a stack trace. */
export function errorView(error: unknown, language: Language = DEFAULT_LANGUAGE): ThreadView {
  if (error instanceof AtlasError) {
    const { title, text } = errorWords(error, language);
    return {
      kind: 'error',
      tone: error.code === 'usage' ? 'warning' : 'danger',
      title,
      ...(text ? { text } : {}),
      visibility: PRIVATE_CODES.has(error.code) ? 'ephemeral' : 'thread',
    };
  }
  const say = repliesFor(language);
  return {
    kind: 'error',
    tone: 'danger',
    title: say.internalTitle,
    text: say.internalText,
    visibility: 'thread',
  };
}
