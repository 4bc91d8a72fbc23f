import type { Intent } from '../../domain/intent.ts';
import { echo } from './echo.ts';
import { isRequestIdWord, notARequestId, readRequestId } from './request-id.ts';
import { usage } from './usage.ts';

const MAX_REASON = 500;

/** `approve [REQUEST]`: `rest` is the raw text after the command word. */
export function parseApprove(rest: string): Intent {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  const [id, ...extra] = words;
  if (id === undefined) return { kind: 'approve' };
  if (!isRequestIdWord(id)) throw notARequestId(id, 'approve');
  if (extra.length > 0) {
    throw usage('approveExtra', echo(extra.join(' ')));
  }
  return { kind: 'approve', requestId: readRequestId(id, 'approve') };
}

/** `rollback [REQUEST]`: removes what a failed create made; without an id, the thread's failed request. */
export function parseRollback(rest: string): Intent {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  const [id, ...extra] = words;
  if (id === undefined) return { kind: 'rollback' };
  if (!isRequestIdWord(id)) throw usage('rollbackNotARequestId', echo(id));
  if (extra.length > 0) throw usage('rollbackExtra', echo(extra.join(' ')));
  return { kind: 'rollback', requestId: readRequestId(id, 'rollback') };
}

/**
 * `reject [REQUEST] [reason...]`: the reason is the rest of the text as typed (quotes, apostrophes and
 * line breaks kept); one pair of quotes around all of it is removed.
 */
export function parseReject(rest: string): Intent {
  const match = /^(\S+)\s*([\s\S]*)$/.exec(rest.trim());
  const first = match?.[1];
  const hasId = first !== undefined && isRequestIdWord(first);
  const reason = unquote((hasId ? (match?.[2] ?? '') : rest).trim());
  if (reason.length > MAX_REASON) {
    throw usage('reasonTooLong', reason.length, MAX_REASON);
  }
  return {
    kind: 'reject',
    ...(hasId ? { requestId: readRequestId(first, 'reject') } : {}),
    ...(reason === '' ? {} : { reason }),
  };
}

const PAIRS: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’' };

export function unquote(text: string): string {
  const close = PAIRS[text[0] ?? ''];
  if (text.length >= 2 && close !== undefined && text.endsWith(close)) return text.slice(1, -1).trim();
  return text;
}
