// Property strings (`virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1`): a comma list of key=value
// pairs where the default key may be given bare, and a "key alias" (`virtio=<mac>`) sets two keys at once.
import type { ContractKey } from './contract-schema.ts';
import { checkScalar } from './scalar.ts';

export type PropertyKeys = Record<string, ContractKey>;

function resolveKey(keys: PropertyKeys, part: string): [key: string, value: string] | string {
  const at = part.indexOf('=');
  if (at < 0) {
    const key = Object.keys(keys).find((name) => keys[name]?.defaultKey);
    return key === undefined ? `value without key, but schema does not define a default key` : [key, part];
  }
  return [part.slice(0, at), part.slice(at + 1)];
}

/** Parses into key → value, following aliases; returns error lines (`key: message`) for what is wrong. */
export function parsePropertyString(
  keys: PropertyKeys,
  text: string,
): { values: Record<string, string>; errors: string[] } {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  for (const part of text.split(',').filter((item) => item !== '')) {
    const resolved = resolveKey(keys, part);
    if (typeof resolved === 'string') {
      errors.push(resolved);
      continue;
    }
    let [key, value] = resolved;
    const schema = keys[key];
    if (schema?.keyAlias !== undefined && schema.alias !== undefined) {
      values[schema.keyAlias] = key;
      key = schema.alias;
    } else if (schema?.alias !== undefined) {
      key = schema.alias;
    }
    if (values[key] !== undefined) errors.push(`duplicate key in comma-separated list property: ${key}`);
    values[key] = value;
  }
  return { values, errors };
}

/** The PVE error text for a property string that breaks its key schema, or undefined when it is valid. */
export function checkPropertyString(keys: PropertyKeys, text: string, param: string): string | undefined {
  const { values, errors } = parsePropertyString(keys, text);
  for (const [key, value] of Object.entries(values)) {
    const schema = keys[key];
    const error = schema
      ? checkScalar(schema, value)
      : 'property is not defined in schema and the schema does not allow additional properties';
    if (error !== undefined) errors.push(`${param}.${key}: ${error}`);
  }
  for (const [key, schema] of Object.entries(keys)) {
    const required = schema.alias === undefined && !schema.optional;
    if (required && values[key] === undefined)
      errors.push(`${param}.${key}: property is missing and it is not optional`);
  }
  return errors.length === 0 ? undefined : `invalid format - format error\n${errors.join('\n')}`;
}
