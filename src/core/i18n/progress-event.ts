import { Said } from '../../domain/said.ts';
import type { Progress } from '../../ports/engine.ts';

export interface ProgressEvent {
  type: 'progress';
  message: string;
  vm?: string;
  said?: Said;
}

/**
 * An engine's progress line as the event that carries it to the thread, with its `said` so the thread
 * can tell it in the request's language. A `said` beyond the event's bounds is left out: the English
 * line still goes, and progress never fails the work it reports on.
 */
export function progressEvent(progress: Progress): ProgressEvent {
  const said = progress.said && Said.safeParse(progress.said).success ? progress.said : undefined;
  return {
    type: 'progress',
    message: progress.message,
    ...(progress.vm ? { vm: progress.vm } : {}),
    ...(said ? { said } : {}),
  };
}
