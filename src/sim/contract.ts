// The contract: the parameters of the Proxmox VE API endpoints ATLAS uses, derived from the official
// schema by scripts/gen-pve-contract.ts. The simulator answers 400 from it, and the Proxmox client's
// tests use `checkRequest` on `sim.requests` to prove every request ATLAS sends is valid.
import { Contract, type ContractEndpoint } from './contract/contract-schema.ts';
import { checkParams, type ParamErrors } from './contract/params.ts';
import raw from './pve-contract.json' with { type: 'json' };

export type { ContractEndpoint, ContractParam } from './contract/contract-schema.ts';
export { checkParams, type ParamErrors, paramSchema } from './contract/params.ts';

export const contract: Contract = Contract.parse(raw);

export interface EndpointMatch {
  endpoint: ContractEndpoint;
  /** Values of the `{placeholders}` in the path, URL-decoded. */
  pathParams: Record<string, string>;
}

function matchPath(template: string, path: string): Record<string, string> | undefined {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = got[i] ?? '';
    const placeholder = /^\{(.+)\}$/.exec(segment)?.[1];
    if (placeholder !== undefined) {
      if (actual === '') return undefined;
      params[placeholder] = safeDecode(actual);
    } else if (segment !== actual) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The contract endpoint for a concrete request path (without `/api2/json`), if the contract has one. */
export function findEndpoint(method: string, path: string): EndpointMatch | undefined {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  for (const endpoint of contract.endpoints) {
    if (endpoint.method !== method.toUpperCase()) continue;
    const pathParams = matchPath(endpoint.path, trimmed);
    if (pathParams) return { endpoint, pathParams };
  }
  return undefined;
}

/** Wire form of a parameter value: booleans as 1/0, everything else as text. */
export function wireValue(value: unknown): string {
  if (value === true) return '1';
  if (value === false) return '0';
  return String(value);
}

/**
 * What is wrong with a request, as readable lines (empty when it is valid): an endpoint the contract
 * does not list, unknown or missing parameters, wrong types, values out of range or not in the enum.
 */
export function checkRequest(method: string, path: string, params: Record<string, unknown> = {}): string[] {
  const match = findEndpoint(method, path);
  if (!match)
    return [`${method.toUpperCase()} ${path}: not an endpoint of the contract (src/sim/pve-contract.json)`];
  const wire: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) wire[name] = wireValue(value);
  }
  const errors: ParamErrors = checkParams(match.endpoint, { ...wire, ...match.pathParams });
  return Object.entries(errors).map(([name, error]) => `${method.toUpperCase()} ${path}: ${name}: ${error}`);
}
