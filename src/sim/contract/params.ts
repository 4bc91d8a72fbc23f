// Checks a request's parameters against one endpoint of the contract, like PVE::JSONSchema::validate:
// unknown parameters, missing required ones, types, ranges, enums, patterns and formats.
import type { ContractEndpoint, ContractParam } from './contract-schema.ts';
import { checkPropertyString } from './property-string.ts';
import { checkScalar } from './scalar.ts';

export type ParamErrors = Record<string, string>;

const UNKNOWN = 'property is not defined in schema and the schema does not allow additional properties';
const MISSING = 'property is missing and it is not optional';

/** The schema of parameter `name`, including indexed ones (`net0` → `net[n]`). */
export function paramSchema(endpoint: ContractEndpoint, name: string): ContractParam | undefined {
  const exact = endpoint.params.find((param) => param.name === name);
  if (exact) return exact;
  const indexed = /^([a-z]+)(\d+)$/.exec(name);
  if (!indexed) return undefined;
  const param = endpoint.params.find((candidate) => candidate.name === `${indexed[1]}[n]`);
  const index = Number(indexed[2]);
  return param && index <= (param.indexMax ?? -1) ? param : undefined;
}

function checkValue(param: ContractParam, name: string, value: string): string | undefined {
  if (param.keys !== undefined) return checkPropertyString(param.keys, value, name);
  return checkScalar(param, value);
}

/** Parameter name → PVE error text; empty when the parameters are valid. */
export function checkParams(endpoint: ContractEndpoint, params: Record<string, string>): ParamErrors {
  const errors: ParamErrors = {};
  for (const [name, value] of Object.entries(params)) {
    const param = paramSchema(endpoint, name);
    if (!param) {
      if (!endpoint.additionalProperties) errors[name] = UNKNOWN;
      continue;
    }
    const error = checkValue(param, name, value);
    if (error !== undefined) errors[name] = error;
  }
  for (const param of endpoint.params) {
    if (!param.optional && !param.name.endsWith('[n]') && params[param.name] === undefined)
      errors[param.name] = MISSING;
  }
  return errors;
}
