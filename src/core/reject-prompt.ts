import { DEFAULT_LANGUAGE } from '../domain/language.ts';
import { decodeButton } from '../domain/thread-view.ts';
import type { CoreDeps } from './deps.ts';
import { type Replies, repliesFor } from './i18n/replies-messages.ts';

export type RejectPromptWords = Replies['rejectPrompt'];

/** The words of the reason dialog a Reject button opens, in the language of the request it rejects. */
export async function rejectPrompt(
  deps: Pick<CoreDeps, 'requests' | 'language'>,
  buttonValue: string,
): Promise<{ requestId: string | undefined; words: RejectPromptWords }> {
  const requestId = decodeButton(buttonValue)?.requestId;
  const request = requestId ? await deps.requests.get(requestId).catch(() => undefined) : undefined;
  const language = request?.language ?? deps.language ?? DEFAULT_LANGUAGE;
  return { requestId, words: repliesFor(language).rejectPrompt };
}
