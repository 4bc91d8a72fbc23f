// Gives a value the exact shape of a schema: every attribute present (null when unset), every block a
// list, numbers as numbers. Used on what Terraform sends (msgpack or JSON state) and on what we answer.
import { isObject, UNKNOWN, type Value, type ValueObject } from './cty-value.ts';
import type { BlockSpec, CtyType } from './schema.ts';

export class ShapeError extends Error {
  constructor(path: string, expected: string) {
    super(`${path || 'the value'} should be ${expected}`);
    this.name = 'ShapeError';
  }
}

export function conformBlock(spec: BlockSpec, value: Value, path = ''): Value {
  if (value === null || value === UNKNOWN) return value;
  if (!isObject(value)) throw new ShapeError(path, 'an object');
  const out: ValueObject = {};
  for (const [name, attribute] of Object.entries(spec.attributes)) {
    out[name] = conformType(attribute.type, value[name] ?? null, join(path, name));
  }
  for (const [name, nested] of Object.entries(spec.blocks)) {
    const list = value[name] ?? null;
    if (list === null) out[name] = [];
    else if (list === UNKNOWN) out[name] = UNKNOWN;
    else if (!Array.isArray(list)) throw new ShapeError(join(path, name), 'a list of blocks');
    else out[name] = list.map((item, i) => conformBlock(nested, item, `${join(path, name)}[${i}]`));
  }
  return out;
}

export function conformType(type: CtyType, value: Value, path: string): Value {
  if (value === null || value === UNKNOWN) return value;
  if (type === 'string') {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new ShapeError(path, 'a string');
  }
  if (type === 'number') return toNumber(value, path);
  if (type === 'bool') return toBool(value, path);
  if ('map' in type) {
    if (!isObject(value)) throw new ShapeError(path, 'a map');
    const entries = Object.entries(value).map(([k, v]) => [k, conformType(type.map, v, `${path}.${k}`)]);
    return Object.fromEntries(entries);
  }
  const element = 'list' in type ? type.list : type.set;
  if (!Array.isArray(value)) throw new ShapeError(path, 'a list');
  return value.map((item, i) => conformType(element, item, `${path}[${i}]`));
}

function toNumber(value: Value, path: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  throw new ShapeError(path, 'a number');
}

function toBool(value: Value, path: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ShapeError(path, 'a bool');
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}
