import type { z } from 'zod';
import { AtlasError } from '../domain/errors.ts';

/** A timestamp from either driver (a Date, or text) as an ISO-8601 string. */
export function isoTime(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

/** A nullable column as an optional field: SQL NULL becomes absent. */
export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A JSON value as a jsonb parameter; both drivers pass text through to the `$n::jsonb` cast. */
export function jsonParam(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** Parses a database row with a domain schema, saying which record was damaged when it fails. */
export function parseRow<T>(schema: z.ZodType<T>, what: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AtlasError(
    'internal',
    `Reading ${what} from the database: it does not match the expected shape.`,
    {
      cause: parsed.error,
      hint: 'The row was written by another version or edited by hand; check the migrations and the row.',
    },
  );
}
