import { setTimeout as sleep } from 'node:timers/promises';

/** Sleeps, or rejects with the signal's reason as soon as it aborts. */
export async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (!signal) return sleep(ms);
  try {
    await sleep(ms, undefined, { signal });
  } catch (error) {
    throw signal.aborted ? signal.reason : error;
  }
}

/** `850 ms`, `12 s`, `4 min` */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1_000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

/** Exponential backoff with a cap: 1x, 2x, 4x ... of `baseMs`. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** The first wait of a poll ramp. */
export const FIRST_POLL_MS = 100;

/**
 * The wait before poll number `attempt` (1, 2, ...) of something that usually finishes soon: 100 ms,
 * doubling up to `maxMs`, the configured poll interval. A task of half a second costs about half a
 * second, not a whole interval; a long one is still polled only every `maxMs`.
 */
export function pollDelayMs(attempt: number, maxMs: number): number {
  return backoffMs(attempt, Math.min(FIRST_POLL_MS, maxMs), maxMs);
}
