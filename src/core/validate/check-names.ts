import { AtlasError } from '../../domain/errors.ts';
import type { VmInfo } from '../../domain/inventory.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { nextFreeName } from './next-free-name.ts';

/** Names must be new on the cluster and appear once in the request; each finding suggests a free name. */
export function checkNames(vms: readonly VmSpec[], existing: readonly VmInfo[]): AtlasError[] {
  const taken = new Set([...existing.map((vm) => vm.name.toLowerCase()), ...vms.map((vm) => vm.name)]);
  const findings: AtlasError[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { name } of vms) {
    if (seen.has(name)) {
      if (!repeated.has(name)) findings.push(repeatedName(name, taken));
      repeated.add(name);
      continue;
    }
    seen.add(name);
    const clash = existing.find((vm) => vm.name.toLowerCase() === name);
    if (clash) findings.push(existingName(clash, taken));
  }
  return findings;
}

function suggestion(name: string, taken: ReadonlySet<string>): string {
  const free = nextFreeName(name, taken);
  return free ? `, e.g. ${free}` : '';
}

function existingName(clash: VmInfo, taken: ReadonlySet<string>): AtlasError {
  const name = clash.name.toLowerCase();
  return new AtlasError('conflict', `${name} already exists (VM ${clash.vmid} on ${clash.node}).`, {
    hint: `Pick another name${suggestion(name, taken)}.`,
  });
}

function repeatedName(name: string, taken: ReadonlySet<string>): AtlasError {
  return new AtlasError('usage', `${name} appears more than once in this request.`, {
    hint: `Give each VM its own name${suggestion(name, taken)}.`,
  });
}
