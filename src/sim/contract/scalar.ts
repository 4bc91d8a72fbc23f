// Checks one parameter value (always a string on the wire) against its type and constraints, with the
// wording of PVE::JSONSchema so the simulator's 400 answers read like the real ones.
import { checkFormat } from './formats.ts';

export interface ScalarSchema {
  type?: string | undefined;
  format?: string | undefined;
  enum?: string[] | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  maxLength?: number | undefined;
  pattern?: string | undefined;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(1|0|on|off|yes|no|true|false)$/i;

function checkType(type: string | undefined, value: string): string | undefined {
  const ok =
    (type === 'integer' && INTEGER.test(value)) ||
    (type === 'number' && NUMBER.test(value)) ||
    (type === 'boolean' && BOOLEAN.test(value)) ||
    (type !== 'integer' && type !== 'number' && type !== 'boolean');
  return ok ? undefined : `type check ('${type}') failed - got '${value}'`;
}

function checkRange(schema: ScalarSchema, value: string): string | undefined {
  if (schema.type !== 'integer' && schema.type !== 'number') return undefined;
  const n = Number(value);
  if (schema.minimum !== undefined && n < schema.minimum)
    return `value must have a minimum value of ${schema.minimum}`;
  if (schema.maximum !== undefined && n > schema.maximum)
    return `value must have a maximum value of ${schema.maximum}`;
  return undefined;
}

function checkString(schema: ScalarSchema, value: string): string | undefined {
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    return `value may only be ${schema.maxLength} characters long`;
  }
  if (schema.pattern !== undefined && !new RegExp(`^(?:${schema.pattern})$`).test(value)) {
    return 'value does not match the regex pattern';
  }
  return undefined;
}

function checkEnum(schema: ScalarSchema, value: string): string | undefined {
  if (schema.enum === undefined || schema.enum.includes(value)) return undefined;
  return `value '${value}' does not have a value in the enumeration '${schema.enum.join(', ')}'`;
}

/** The PVE error text for `value`, or undefined when it is valid. */
export function checkScalar(schema: ScalarSchema, value: string): string | undefined {
  return (
    checkType(schema.type, value) ??
    checkRange(schema, value) ??
    checkString(schema, value) ??
    (schema.format === undefined ? undefined : checkFormat(schema.format, value)) ??
    checkEnum(schema, value)
  );
}
