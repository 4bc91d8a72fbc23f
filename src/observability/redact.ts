import { MASK, type Sanitizer } from './sanitizer.ts';

/**
 * Key names whose values are secrets wherever they appear: compared lower-case with `-` and `_`
 * removed, so `apiKey`, `api_key`, `API-KEY` and `x-api-key` all match.
 */
const SECRET_KEY =
  /token|secret|passw|passphrase|pwd|authorization|apikey|cookie|privatekey|credential|signature|sessionid/;

/** Deeper than this, values are replaced wholesale: log fields are not meant to be that deep. */
const MAX_DEPTH = 8;
const MAX_ARRAY = 100;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[-_]/g, ''));
}

/**
 * A copy of `value` fit for a log line: values under secret-looking keys are masked (numbers and
 * booleans stay: `promptTokens: 812` is not a secret), every string passes the sanitizer, errors
 * become plain objects with sanitized message and stack, cycles and excessive depth are cut.
 */
export function redact(value: unknown, sanitizer: Sanitizer): unknown {
  return walk(value, sanitizer, 0, new WeakSet());
}

export function redactFields(fields: Record<string, unknown>, sanitizer: Sanitizer): Record<string, unknown> {
  return walk(fields, sanitizer, 0, new WeakSet()) as Record<string, unknown>;
}

function walk(value: unknown, sanitizer: Sanitizer, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return sanitizer.sanitize(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  seen.add(value);
  if (value instanceof Error) return walkError(value, sanitizer, depth, seen);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `[Buffer ${value.length} bytes]`;
  if (Array.isArray(value)) {
    return value.slice(0, MAX_ARRAY).map((item) => walk(item, sanitizer, depth + 1, seen));
  }
  return walkObject(value as Record<string, unknown>, sanitizer, depth, seen);
}

function walkObject(
  value: Record<string, unknown>,
  sanitizer: Sanitizer,
  depth: number,
  seen: WeakSet<object>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) && !isHarmless(item) ? MASK : walk(item, sanitizer, depth + 1, seen);
  }
  return out;
}

function walkError(error: Error, sanitizer: Sanitizer, depth: number, seen: WeakSet<object>): unknown {
  const out: Record<string, unknown> = {
    type: error.name,
    message: sanitizer.sanitize(error.message),
  };
  if (error.stack !== undefined) out.stack = sanitizer.sanitize(error.stack);
  const extra = walkObject({ ...error } as Record<string, unknown>, sanitizer, depth, seen);
  for (const [key, item] of Object.entries(extra)) if (!(key in out)) out[key] = item;
  if (error.cause !== undefined) out.cause = walk(error.cause, sanitizer, depth + 1, seen);
  return out;
}

function isHarmless(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean';
}
