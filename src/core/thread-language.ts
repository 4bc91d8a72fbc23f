import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../domain/language.ts';
import type { ThreadRef } from '../domain/thread.ts';
import type { InboundMessage } from '../ports/chat-platform.ts';
import type { CoreDeps } from './deps.ts';
import { detectLanguage } from './i18n/language.ts';

/** `it`, `it-IT`, `en-US` → the ATLAS language; undefined for languages ATLAS does not speak. */
export function localeLanguage(locale: string | undefined): Language | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : undefined;
}

/** What a thread is answered in before anyone wrote free text in it: its memory, else the configured default. */
export async function threadLanguage(deps: CoreDeps, thread: ThreadRef): Promise<Language> {
  const remembered = await deps.conversations.language(thread);
  return remembered ?? deps.language ?? DEFAULT_LANGUAGE;
}

/**
 * The language to answer a message in. Free text sets it (and the thread remembers it); a typed command
 * has no language of its own, so it gets the thread's, else the person's client locale, else the default.
 * `lookup` is the thread's remembered language when the caller has already asked for it.
 */
export async function messageLanguage(
  deps: CoreDeps,
  message: InboundMessage,
  freeText: boolean,
  lookup: Promise<Language | undefined> = deps.conversations.language(message.thread),
): Promise<Language> {
  const remembered = await lookup;
  const known = remembered ?? localeLanguage(message.locale) ?? deps.language ?? DEFAULT_LANGUAGE;
  if (!freeText) return known;
  const language = detectLanguage(message.text, known);
  if (language !== remembered) await deps.conversations.setLanguage(message.thread, language);
  return language;
}
