// Checks of the resource's configuration that the schema's types cannot express: ranges, PVE's
// formats, the clone block. Unknown values ("known after apply") are checked later, at apply.
import { isObject, type Value, type ValueObject } from './cty-value.ts';
import { type Diagnostic, errorDiagnostic, type PathStep } from './diagnostics.ts';
import { parseDuration } from './vm-agent.ts';

type Rule = (value: Value) => string | undefined;

const pattern =
  (re: RegExp, what: string): Rule =>
  (v) =>
    typeof v === 'string' && !re.test(v) ? `"${v}" is not ${what}.` : undefined;
const range =
  (min: number, max: number): Rule =>
  (v) =>
    typeof v === 'number' && (!Number.isInteger(v) || v < min || v > max)
      ? `${v} is not a whole number from ${min} to ${max}.`
      : undefined;

const IPV4 = '(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}';
const DNS_LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const vmid = range(100, 999_999_999);
const datastore = pattern(/^[a-zA-Z][a-zA-Z0-9\-_.]*$/, 'a datastore id');

/** Rules per attribute path; `*` is any element of a list. */
const RULES: Record<string, Rule> = {
  node_name: pattern(new RegExp(`^${DNS_LABEL}$`), 'a node name'),
  vm_id: vmid,
  name: pattern(new RegExp(`^${DNS_LABEL}(\\.${DNS_LABEL})*$`), 'a valid DNS name (PVE requires one)'),
  'tags.*': pattern(/^[a-zA-Z0-9_][a-zA-Z0-9_\-+.]*$/, 'a tag (letters, digits, _ - + .)'),
  'clone.*.vm_id': vmid,
  'clone.*.node_name': pattern(new RegExp(`^${DNS_LABEL}$`), 'a node name'),
  'clone.*.datastore_id': datastore,
  'clone.*.retries': range(0, 10),
  'cpu.*.cores': range(1, 2304),
  'cpu.*.sockets': range(1, 16),
  'cpu.*.type': pattern(/^[\w.+-]+$/, 'a CPU type'),
  'memory.*.dedicated': range(64, 268_435_456),
  'disk.*.datastore_id': datastore,
  'disk.*.interface': pattern(
    /^(scsi([12]?\d|30)|virtio(1[0-5]|\d)|sata[0-5]|ide[0-3])$/,
    'a disk interface (scsi0-30, virtio0-15, sata0-5, ide0-3)',
  ),
  'disk.*.size': range(1, 131_072),
  'network_device.*.bridge': pattern(/^[a-zA-Z][\w.-]*$/, 'a bridge name'),
  'network_device.*.model': pattern(
    /^(e1000|e1000e|rtl8139|virtio|vmxnet3)$/,
    'a NIC model (virtio, e1000, e1000e, rtl8139, vmxnet3)',
  ),
  'network_device.*.mac_address': pattern(/^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/, 'a MAC address'),
  'initialization.*.datastore_id': datastore,
  'initialization.*.user_account.*.username': pattern(/^[a-z_][a-z0-9_.-]*$/i, 'a user name'),
  'initialization.*.user_account.*.keys.*': pattern(/^(ssh-|ecdsa-|sk-)\S+ \S+/, 'an OpenSSH public key'),
  'initialization.*.ip_config.*.ipv4.*.address': pattern(
    new RegExp(`^(dhcp|${IPV4}/([12]?\\d|3[0-2]))$`),
    'dhcp or an IPv4 address with prefix length (10.0.0.5/24)',
  ),
  'initialization.*.ip_config.*.ipv4.*.gateway': pattern(new RegExp(`^${IPV4}$`), 'an IPv4 address'),
  'agent.*.timeout': (v) =>
    typeof v === 'string' && parseDuration(v) === undefined
      ? `"${v}" is not a duration like 15m, 90s or 1h30m.`
      : undefined,
};

export function validateVmConfig(config: ValueObject): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [rulePath, rule] of Object.entries(RULES)) {
    for (const [path, value] of valuesAt(config, rulePath.split('.'), [])) {
      const problem = rule(value);
      if (problem)
        diagnostics.push(
          errorDiagnostic(
            `Invalid ${String(path.filter((p) => typeof p === 'string').at(-1))}`,
            problem,
            path,
          ),
        );
    }
  }
  if (Array.isArray(config.clone) && config.clone.length === 0) {
    diagnostics.push(
      errorDiagnostic(
        'Missing clone block',
        'This provider creates VMs only by cloning a template. Add clone { vm_id = <template VM id> }.',
        ['clone'],
      ),
    );
  }
  duplicates(diagnostics, config, 'disk', 'interface');
  duplicates(diagnostics, config, 'tags');
  return diagnostics;
}

function valuesAt(value: Value, steps: string[], at: PathStep[]): [PathStep[], Value][] {
  if (steps.length === 0) return [[at, value]];
  const [step, ...rest] = steps as [string, ...string[]];
  if (step === '*')
    return Array.isArray(value) ? value.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  return isObject(value) ? valuesAt(value[step] ?? null, rest, [...at, step]) : [];
}

function duplicates(diagnostics: Diagnostic[], config: ValueObject, list: string, key?: string): void {
  const items = config[list];
  if (!Array.isArray(items)) return;
  const seen = new Set<Value>();
  items.forEach((item, i) => {
    const value = key === undefined ? item : isObject(item) ? (item[key] ?? null) : null;
    if (typeof value !== 'string') return;
    if (seen.has(value))
      diagnostics.push(
        errorDiagnostic(`Duplicate ${key ?? list}`, `"${value}" appears more than once.`, [list, i]),
      );
    seen.add(value);
  });
}
