// How the provider describes its configuration: attributes with cty types and nested blocks (always
// list nesting, as bpg/proxmox's SDKv2 schema has them), plus the defaults the plan fills in.
import type { Value } from './cty-value.ts';

export type CtyType = 'string' | 'number' | 'bool' | { list: CtyType } | { set: CtyType } | { map: CtyType };

/**
 * `optional+computed`: the configuration may set it; when it does not, the plan takes `default` (when
 * there is one), else the prior value, else "known after apply".
 */
export type AttributeMode = 'required' | 'optional' | 'computed' | 'optional+computed';

export interface AttributeSpec {
  type: CtyType;
  mode: AttributeMode;
  description: string;
  default?: Value;
  sensitive?: boolean;
}

export interface BlockSpec {
  description: string;
  attributes: Record<string, AttributeSpec>;
  blocks: Record<string, NestedBlockSpec>;
}

export interface NestedBlockSpec extends BlockSpec {
  minItems?: number;
  maxItems?: number;
}

/** Terraform's JSON form of a type: `"string"`, `["list","string"]`. */
export function typeJson(type: CtyType): unknown {
  if (typeof type === 'string') return type;
  if ('list' in type) return ['list', typeJson(type.list)];
  if ('set' in type) return ['set', typeJson(type.set)];
  return ['map', typeJson(type.map)];
}

export function describeType(type: CtyType): string {
  if (typeof type === 'string') return type;
  if ('list' in type) return `list of ${describeType(type.list)}`;
  if ('set' in type) return `set of ${describeType(type.set)}`;
  return `map of ${describeType(type.map)}`;
}

export const attr = {
  required: (type: CtyType, description: string): AttributeSpec => ({ type, mode: 'required', description }),
  optional: (type: CtyType, description: string): AttributeSpec => ({ type, mode: 'optional', description }),
  computed: (type: CtyType, description: string): AttributeSpec => ({ type, mode: 'computed', description }),
  /** Optional; the plan keeps the prior value (or "known after apply") when the configuration leaves it out. */
  flexible: (type: CtyType, description: string): AttributeSpec => ({
    type,
    mode: 'optional+computed',
    description,
  }),
  /** Optional with a default the plan fills in when the configuration leaves it out. */
  withDefault: (type: CtyType, value: Value, description: string): AttributeSpec => ({
    type,
    mode: 'optional+computed',
    default: value,
    description: `${description} Default: ${JSON.stringify(value)}.`,
  }),
};
