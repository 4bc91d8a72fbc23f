// Writes src/sim/pve-contract.json: the parameters of the Proxmox VE API endpoints ATLAS uses, derived
// from the official API schema (pve-docs api-viewer/apidata.js, flattened to JSON).
// Usage: node scripts/gen-pve-contract.ts [path/to/pve-api-schema.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SCHEMA = resolve(ROOT, '../shared/pve-api/pve-api-schema.json');
const OUTPUT = resolve(ROOT, 'src/sim/pve-contract.json');

/** The endpoints ATLAS (client, simulator, Terraform stand-in) speaks. Keep sorted by path. */
const ENDPOINTS: [method: string, path: string][] = [
  ['GET', '/cluster/nextid'],
  ['GET', '/cluster/resources'],
  ['GET', '/nodes'],
  ['GET', '/nodes/{node}/network'],
  ['GET', '/nodes/{node}/qemu'],
  ['DELETE', '/nodes/{node}/qemu/{vmid}'],
  ['GET', '/nodes/{node}/qemu/{vmid}/agent/network-get-interfaces'],
  ['POST', '/nodes/{node}/qemu/{vmid}/clone'],
  ['GET', '/nodes/{node}/qemu/{vmid}/config'],
  ['POST', '/nodes/{node}/qemu/{vmid}/config'],
  ['PUT', '/nodes/{node}/qemu/{vmid}/config'],
  ['POST', '/nodes/{node}/qemu/{vmid}/migrate'],
  ['PUT', '/nodes/{node}/qemu/{vmid}/resize'],
  ['GET', '/nodes/{node}/qemu/{vmid}/status/current'],
  ['POST', '/nodes/{node}/qemu/{vmid}/status/reboot'],
  ['POST', '/nodes/{node}/qemu/{vmid}/status/shutdown'],
  ['POST', '/nodes/{node}/qemu/{vmid}/status/start'],
  ['POST', '/nodes/{node}/qemu/{vmid}/status/stop'],
  ['GET', '/nodes/{node}/storage'],
  ['GET', '/nodes/{node}/tasks/{upid}/log'],
  ['GET', '/nodes/{node}/tasks/{upid}/status'],
  ['GET', '/version'],
];

/** Property strings whose keys the contract spells out (the ones ATLAS writes); others are checked by name only. */
const DETAILED_PROPERTY_STRINGS = new Set(['agent', 'memory', 'net[n]']);

/** Highest index of `name[n]` parameters whose description does not say "(n is 0 to N)" (qemu-server limits). */
const INDEX_MAX: Record<string, number> = {
  'hostpci[n]': 15,
  'ipconfig[n]': 31,
  'net[n]': 31,
  'numa[n]': 7,
  'unused[n]': 255,
  'usb[n]': 13,
  'virtiofs[n]': 9,
};

type Json = Record<string, unknown>;

function perlPattern(pattern: string): string {
  return pattern.replace(/^\(\?\^:/, '(?:').replaceAll('{,', '{0,');
}

function numeric(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function constraints(schema: Json): Json {
  const out: Json = {};
  if (typeof schema.format === 'string') out.format = schema.format;
  if (Array.isArray(schema.enum)) out.enum = schema.enum.map(String);
  const minimum = numeric(schema.minimum);
  const maximum = numeric(schema.maximum);
  const maxLength = numeric(schema.maxLength);
  if (minimum !== undefined) out.minimum = minimum;
  if (maximum !== undefined) out.maximum = maximum;
  if (maxLength !== undefined) out.maxLength = maxLength;
  if (typeof schema.pattern === 'string') out.pattern = perlPattern(schema.pattern);
  return out;
}

function propertyKeys(format: Json): Json {
  const keys: Json = {};
  for (const [key, raw] of Object.entries(format).sort(([a], [b]) => a.localeCompare(b))) {
    const schema = raw as Json;
    if (typeof schema.alias === 'string') {
      keys[key] =
        typeof schema.keyAlias === 'string'
          ? { keyAlias: schema.keyAlias, alias: schema.alias }
          : { alias: schema.alias };
      continue;
    }
    keys[key] = {
      type: schema.type,
      ...(schema.optional ? { optional: true } : {}),
      ...(schema.default_key ? { defaultKey: true } : {}),
      ...constraints(schema),
    };
  }
  return keys;
}

function indexMax(name: string, schema: Json): number | undefined {
  if (!name.endsWith('[n]')) return undefined;
  const said = /\(n is 0 to (\d+)\)/.exec(String(schema.description ?? ''));
  const max = said?.[1] === undefined ? INDEX_MAX[name] : Number(said[1]);
  if (max === undefined) throw new Error(`no index limit known for parameter ${name}: add it to INDEX_MAX`);
  return max;
}

function param(name: string, schema: Json): Json {
  const objectFormat = typeof schema.format === 'object' && schema.format !== null;
  const max = indexMax(name, schema);
  return {
    name,
    type: schema.type,
    ...(schema.optional ? { optional: true } : {}),
    ...(max === undefined ? {} : { indexMax: max }),
    ...constraints(schema),
    ...(objectFormat ? { format: 'property-string' } : {}),
    ...(objectFormat && DETAILED_PROPERTY_STRINGS.has(name)
      ? { keys: propertyKeys(schema.format as Json) }
      : {}),
  };
}

function endpoint(paths: Json, method: string, path: string): Json {
  const op = (paths[path] as Json | undefined)?.[method] as Json | undefined;
  if (!op) throw new Error(`the schema has no ${method} ${path}: check the endpoint list`);
  const parameters = (op.parameters ?? {}) as Json;
  const properties = (parameters.properties ?? {}) as Record<string, Json>;
  const names = Object.keys(properties).sort((a, b) => a.localeCompare(b));
  return {
    method,
    path,
    ...(parameters.additionalProperties === 1 ? { additionalProperties: true } : {}),
    params: names.map((name) => param(name, properties[name] as Json)),
  };
}

const LINE_WIDTH = 110;

/** JSON laid out like the project's formatter does: a value stays on one line when it fits. */
function formatJson(value: unknown, indent: string, column = indent.length): string {
  const flat = oneLine(value);
  if (column + flat.length + 1 <= LINE_WIDTH || typeof value !== 'object' || value === null) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((item) => `${inner}${formatJson(item, inner)}`)
    : Object.entries(value).map(([key, item]) => {
        const head = `${inner}${JSON.stringify(key)}: `;
        return `${head}${formatJson(item, inner, head.length)}`;
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

const schemaPath = resolve(process.argv[2] ?? DEFAULT_SCHEMA);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Json;
const contract = {
  source: `Derived from the Proxmox VE API schema (${String(schema.source)}); only the endpoints ATLAS uses.`,
  endpoints: ENDPOINTS.map(([method, path]) => endpoint(schema.paths as Json, method, path)),
};
writeFileSync(OUTPUT, `${formatJson(contract, '')}\n`);
console.log(`wrote ${contract.endpoints.length} endpoints to ${OUTPUT}`);
