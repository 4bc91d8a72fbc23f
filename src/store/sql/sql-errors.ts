import { AtlasError } from '../../domain/errors.ts';

/** The SQLSTATE code of a database error, when it has one. */
export function sqlState(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/**
 * Errors a retry may fix: network failures, connection exceptions (08), insufficient resources (53),
 * operator intervention such as a restart (57P), serialization failures and deadlocks (40), and the
 * pool's own connection errors.
 */
function isTransient(error: unknown): boolean {
  const state = sqlState(error);
  if (state !== undefined) return ['08', '53', '57P', '40'].some((prefix) => state.startsWith(prefix));
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  return error instanceof Error && /connection|timeout|terminated/i.test(error.message);
}

/** Wraps a database error with what ATLAS was doing, keeping the original as the cause. */
export function databaseError(doing: string, error: unknown): AtlasError {
  if (error instanceof AtlasError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const transient = isTransient(error);
  return new AtlasError(transient ? 'transient' : 'internal', `${doing}: ${detail}`, {
    cause: error,
    hint: transient
      ? 'Check that the database is running and reachable (DATABASE_URL); ATLAS retries transient failures.'
      : 'This is a bug or a damaged database: report it with the log line that carries this message.',
  });
}
