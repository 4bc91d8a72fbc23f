import type { ModelFailure } from './model-errors.ts';

export interface BackoffOptions {
  /** Calls in all, the first included; default 3. */
  attempts: number;
  /** Wait before the second call; doubles each time (with jitter). Default 500 ms. */
  baseMs: number;
  /** The longest ATLAS waits between calls; an endpoint that asks for longer is given up on. Default 8 s. */
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  attempts: 3,
  baseMs: 500,
  maxMs: 8000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs `call` again after failures worth retrying (429, 5xx, unreachable), waiting longer each time or
 * as long as the endpoint asked (Retry-After). Throws the last failure's error, which a person can read.
 */
export async function withBackoff<T>(
  call: () => Promise<T>,
  classify: (error: unknown) => ModelFailure,
  options: BackoffOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const failure = classify(error);
      const wait = failure.retryAfterMs ?? options.baseMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
      if (!failure.retry || attempt >= options.attempts || wait > options.maxMs) throw failure.error;
      await options.sleep(wait);
    }
  }
}
