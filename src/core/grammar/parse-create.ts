import type { Intent } from '../../domain/intent.ts';
import type { Policy } from '../../domain/policy.ts';
import type { VmSpec } from '../../domain/vm-spec.ts';
import { VM_CREATE } from './commands.ts';
import { echo } from './echo.ts';
import { expandNames } from './name-series.ts';
import { readArgs } from './read-args.ts';
import { readDiskGiB, readMemoryMiB, readWholeNumber } from './read-numbers.ts';
import { readNode, readRoles, readSshKeys, readTags, readTemplate } from './read-words.ts';
import type { Token } from './tokenize.ts';
import { usage } from './usage.ts';
import { checkVmName, nameProblems } from './vm-names.ts';
import { onlyName } from './words.ts';

/** The most VMs one request can carry, whatever the policy says. */
const MAX_VMS = 50;

/** `vm create NAME [options]` → one VmSpec per VM, defaults and limits from the policy. */
export function parseCreate(tokens: readonly Token[], policy: Policy): Intent {
  const args = readArgs(tokens, VM_CREATE);
  const name = checkVmName(onlyName(args.positionals, VM_CREATE, 'vm create'));
  const at = <T>(flag: string, read: (raw: string) => T, fallback: T): T => {
    const raw = args.values.get(flag)?.[0];
    return raw === undefined ? fallback : read(raw);
  };
  const node = at('node', readNode, undefined);
  const roles = readRoles(args.values.get('with') ?? []);
  const base: Omit<VmSpec, 'name'> = {
    cores: at('cores', (raw) => readWholeNumber('cores', raw, policy), policy.defaults.cores),
    memoryMiB: at('memory', (raw) => readMemoryMiB(raw, policy), policy.defaults.memoryMiB),
    diskGiB: at('disk', (raw) => readDiskGiB(raw, policy), policy.defaults.diskGiB),
    template: at('template', readTemplate, policy.defaults.template),
    ...(node === undefined ? {} : { node }),
    sshKeys: readSshKeys(args.values.get('ssh-key') ?? []),
    tags: readTags(args.values.get('tag') ?? [], policy.defaults.tags),
    ...(roles.length > 0 ? { roles } : {}),
  };
  const count = at('count', (raw) => readWholeNumber('count', raw, policy), 1);
  const names = seriesNames(name, count);
  return {
    kind: 'vm.create',
    vms: names.map((n) => ({
      ...base,
      name: n,
      sshKeys: [...base.sshKeys],
      tags: [...base.tags],
      ...(base.roles ? { roles: [...base.roles] } : {}),
    })),
  };
}

function seriesNames(name: string, count: number): string[] {
  if (count > MAX_VMS) {
    throw usage('tooManyVmsInRequest', count, MAX_VMS);
  }
  const names = expandNames(name, count);
  const bad = names.find((n) => nameProblems(n) !== undefined);
  if (bad !== undefined) {
    throw usage('seriesNameInvalid', count, echo(name), echo(bad, 70));
  }
  return names;
}
