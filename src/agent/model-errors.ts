import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AtlasError } from '../domain/errors.ts';

/** What went wrong with one call: worth another try (and when), or not, as the error a person reads. */
export interface ModelFailure {
  retry: boolean;
  /** What the endpoint asked for (Retry-After), in ms. */
  retryAfterMs?: number;
  error: AtlasError;
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const seconds = Number(headers?.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

function seconds(ms: number): string {
  return ms < 10_000 ? String(Math.round(ms / 100) / 10) : String(Math.round(ms / 1000));
}

/** Sorts an error of the openai client (or of the response) into what ATLAS does about it. */
export function classifyModelError(
  error: unknown,
  where: { url: string; model: string; timeoutMs: number },
): ModelFailure {
  const transient = (message: string, hint?: string) =>
    new AtlasError('transient', message, { ...(hint ? { hint } : {}), cause: error });
  if (error instanceof AtlasError) return { retry: error.code === 'transient', error };
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError)
    return {
      retry: false,
      error: transient(
        `The language model did not answer within ${seconds(where.timeoutMs)} s.`,
        'Raise ATLAS_LLM_TIMEOUT, or check the endpoint.',
      ),
    };
  if (error instanceof APIConnectionError)
    return {
      retry: true,
      error: transient(
        `Cannot reach the language model at ${where.url}.`,
        'Check OPENAI_BASE_URL and the network.',
      ),
    };
  if (error instanceof APIError) return classifyStatus(error, where, transient);
  return {
    retry: true,
    error: transient(
      'The language model answered with something that is not a chat completion.',
      'Check that OPENAI_BASE_URL is an OpenAI-compatible endpoint.',
    ),
  };
}

function classifyStatus(
  error: APIError,
  where: { url: string; model: string },
  transient: (message: string, hint?: string) => AtlasError,
): ModelFailure {
  const status = error.status ?? 0;
  const headers = error.headers instanceof Headers ? error.headers : undefined;
  const after = retryAfter(headers);
  if (status === 429)
    return {
      retry: true,
      ...(after ? { retryAfterMs: after } : {}),
      error: transient('The language model is rate-limiting ATLAS.'),
    };
  if (status >= 500)
    return {
      retry: true,
      ...(after ? { retryAfterMs: after } : {}),
      error: transient(`The language model endpoint failed (HTTP ${status}).`),
    };
  if (status === 401 || status === 403)
    return {
      retry: false,
      error: new AtlasError('config', `The language model endpoint refused the API key (HTTP ${status}).`, {
        hint: 'Check OPENAI_API_KEY.',
      }),
    };
  if (status === 404)
    return {
      retry: false,
      error: new AtlasError('config', `The language model endpoint does not know the model ${where.model}.`, {
        hint: 'Check ATLAS_LLM_MODEL and OPENAI_BASE_URL.',
      }),
    };
  return {
    retry: false,
    error: new AtlasError('internal', `The language model endpoint refused the request (HTTP ${status}).`, {
      hint: 'The ATLAS log has the details.',
    }),
  };
}
