// The values Terraform exchanges with providers (cty values), as plain JavaScript: null, booleans,
// numbers, strings, arrays (lists and sets), objects (objects and blocks), and the one unknown value.

/** A value Terraform does not know yet: "(known after apply)". */
export const UNKNOWN: unique symbol = Symbol('cty.unknown');
export type Unknown = typeof UNKNOWN;

export type Value = null | boolean | number | string | Unknown | Value[] | ValueObject;
export interface ValueObject {
  [name: string]: Value;
}

export function isUnknown(value: unknown): value is Unknown {
  return value === UNKNOWN;
}

export function isObject(value: Value | undefined): value is ValueObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The same value with every unknown replaced by null (what Terraform does to a failed apply's result). */
export function unknownAsNull(value: Value): Value {
  if (value === UNKNOWN) return null;
  if (Array.isArray(value)) return value.map(unknownAsNull);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unknownAsNull(v)]));
  return value;
}

/** Deep equality; an unknown equals nothing, not even another unknown. */
export function sameValue(a: Value, b: Value): boolean {
  if (a === UNKNOWN || b === UNKNOWN) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i] as Value));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key] ?? null, b[key] ?? null));
  }
  return a === b;
}
