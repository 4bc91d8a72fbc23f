import type { UsageError } from '../../domain/errors.ts';
import { REQUEST_ID_PATTERN, type RequestId } from '../../domain/intent.ts';
import { normaliseRequestId } from '../../domain/request.ts';
import { echo } from './echo.ts';
import { usage } from './usage.ts';

/**
 * Whether a word is meant as a request id: `R-7F3K`, `r-7f3k`, or a bare `7F3K`. A bare word must hold
 * a digit, so `reject nope` reads as a reason, not as request R-N0PE.
 */
export function isRequestIdWord(word: string): boolean {
  const clean = word.replace(/[.,!?]+$/, '');
  if (/^r-/i.test(clean)) return true;
  return /\d/.test(clean) && REQUEST_ID_PATTERN.test(normaliseRequestId(clean));
}

/** The canonical id (`7f3k` → `R-7F3K`), or a UsageError saying what ids look like. */
export function readRequestId(word: string, command: 'approve' | 'reject' | 'rollback'): RequestId {
  const id = normaliseRequestId(word.replace(/[.,!?]+$/, ''));
  if (REQUEST_ID_PATTERN.test(id)) return id;
  throw command === 'rollback' ? usage('rollbackNotARequestId', echo(word)) : notARequestId(word, command);
}

export function notARequestId(word: string, command: 'approve' | 'reject'): UsageError {
  return usage('notARequestId', echo(word), command);
}
