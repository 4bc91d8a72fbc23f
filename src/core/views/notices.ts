import { AtlasError } from '../../domain/errors.ts';
import type { ThreadView } from '../../domain/thread-view.ts';

export function notice(title: string, text?: string, tone: ThreadView['tone'] = 'neutral'): ThreadView {
  return { kind: 'notice', tone, title, ...(text ? { text } : {}), visibility: 'thread' };
}

const PRIVATE_CODES = new Set(['usage', 'forbidden']);

/** An error as the person sees it: what went wrong and what to do. Never a stack trace. */
export function errorView(error: unknown): ThreadView {
  if (error instanceof AtlasError) {
    return {
      kind: 'error',
      tone: error.code === 'usage' ? 'warning' : 'danger',
      title: error.message,
      ...(error.hint ? { text: error.hint } : {}),
      visibility: PRIVATE_CODES.has(error.code) ? 'ephemeral' : 'thread',
    };
  }
  return {
    kind: 'error',
    tone: 'danger',
    title: 'Something went wrong inside ATLAS.',
    text: 'The details are in the ATLAS log; please try again, and tell the operators if it keeps happening.',
    visibility: 'thread',
  };
}
