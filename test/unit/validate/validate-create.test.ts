import { describe, expect, it } from 'vitest';
import { validateCreate } from '../../../src/core/validate/validate-create.ts';
import type { AtlasErrorCode } from '../../../src/domain/errors.ts';
import type { VmSpec } from '../../../src/domain/vm-spec.ts';
import { node, policy, vm, world } from './world.ts';

function findings(vms: VmSpec[], w = world()) {
  return validateCreate(vms, w, policy).map((e) => ({
    code: e.code,
    message: e.message,
    hint: e.hint ?? '',
  }));
}

describe('validateCreate: fine', () => {
  it.each<[string, VmSpec[]]>([
    ['one VM with defaults', [vm('app-01')]],
    ['a VM on a node with room', [vm('app-01', { node: 'pve2', memoryMiB: 8 * 1024 })]],
    [
      'VMs that fit only when spread over nodes',
      [vm('a', { memoryMiB: 16 * 1024 }), vm('b', { memoryMiB: 8 * 1024 }), vm('c', { memoryMiB: 4 * 1024 })],
    ],
    ['a disk as large as the template', [vm('app-01', { template: 'debian-12', diskGiB: 32 })]],
    ['a template without a known disk size', [vm('app-01', { template: 'ubuntu-22.04', diskGiB: 1 })]],
  ])('%s', (_what, vms) => {
    const result = findings(vms);

    expect(result).toEqual([]);
  });
});

/** [what, VMs, code, words the message holds, words the hint holds] */
type Case = [string, VmSpec[], AtlasErrorCode, string[], string[]];

const cases: Case[] = [
  [
    'unknown template',
    [vm('app', { template: 'ubuntu-24.4' })],
    'not_found',
    ['no template "ubuntu-24.4"'],
    ['Available templates: ubuntu-24.04, ubuntu-22.04, debian-12', '--template ubuntu-24.04'],
  ],
  [
    'unknown template, nearest first',
    [vm('app', { template: 'debain-12' })],
    'not_found',
    ['debain-12'],
    ['Available templates: debian-12,'],
  ],
  [
    'unknown node',
    [vm('app', { node: 'pve9' })],
    'not_found',
    ['no node "pve9"'],
    ['Online nodes: pve1, pve2, pve3', 'leave out --node'],
  ],
  [
    'offline node',
    [vm('app', { node: 'pve4' })],
    'invalid_state',
    ['Node pve4 is offline'],
    ['Online nodes: pve1, pve2, pve3'],
  ],
  [
    'existing name',
    [vm('web-01')],
    'conflict',
    ['web-01 already exists (VM 101 on pve1)'],
    ['Pick another name, e.g. web-03'],
  ],
  [
    'existing name without digits',
    [vm('db')],
    'conflict',
    ['db already exists (VM 103 on pve3)'],
    ['e.g. db-01'],
  ],
  [
    'existing name in other case',
    [vm('app'), vm('cache-1')],
    'conflict',
    ['cache-1 already exists (VM 104 on pve2)'],
    ['e.g. cache-2'],
  ],
  [
    'a name twice in the request',
    [vm('app-1'), vm('app-1')],
    'usage',
    ['app-1 appears more than once'],
    ['own name, e.g. app-2'],
  ],
  [
    'no room on the chosen node',
    [vm('a', { node: 'pve3', memoryMiB: 6 * 1024 })],
    'conflict',
    ['Not enough free memory on pve3: a needs 6 GiB, pve3 has 4 GiB free'],
    ['Free memory on other nodes: pve1 20 GiB, pve2 8 GiB', '--node'],
  ],
  [
    'no room together on the chosen node',
    [vm('a', { node: 'pve2', memoryMiB: 6 * 1024 }), vm('b', { node: 'pve2', memoryMiB: 4 * 1024 })],
    'conflict',
    ['pve2: a and b need 10 GiB, pve2 has 8 GiB free'],
    ['pve1 20 GiB, pve3 4 GiB'],
  ],
  [
    'no room anywhere',
    [vm('big', { memoryMiB: 32 * 1024 })],
    'conflict',
    ['Not enough free memory on any node for big (32 GiB)'],
    ['Free memory now: pve1 20 GiB, pve2 8 GiB, pve3 4 GiB', 'less --memory'],
  ],
  [
    'no room anywhere for the last of a series',
    ['a', 'b', 'c'].map((n) => vm(n, { memoryMiB: 12 * 1024 })),
    'conflict',
    ['any node for b and c (12 GiB each)'],
    ['pve1 20 GiB'],
  ],
  [
    'a disk smaller than the template',
    [vm('a', { template: 'debian-12', diskGiB: 20 }), vm('b', { template: 'debian-12', diskGiB: 20 })],
    'conflict',
    ['a and b ask for a 20 GiB disk', 'template debian-12 has a 32 GiB disk', 'cannot shrink'],
    ['--disk 32G or more'],
  ],
  [
    'too many cores (agent request)',
    [vm('a', { cores: 64 })],
    'policy',
    ['a asks for 64 cores, more than the limit of 16 cores per VM (ATLAS_MAX_CORES)'],
    ['raise ATLAS_MAX_CORES'],
  ],
  [
    'too much memory',
    [vm('a', { memoryMiB: 128 * 1024 }), vm('b', { memoryMiB: 128 * 1024 })],
    'policy',
    ['a and b ask for 128 GiB of memory each', 'ATLAS_MAX_MEMORY'],
    ['at most 64 GiB of memory per VM'],
  ],
  ['too much disk', [vm('a', { diskGiB: 600 })], 'policy', ['a 600 GiB disk', 'ATLAS_MAX_DISK'], ['500 GiB']],
  [
    'too many VMs',
    Array.from({ length: 11 }, (_, i) => vm(`n-${i}`, { memoryMiB: 16 })),
    'policy',
    ['creates 11 VMs', 'limit of 10 VMs per request (ATLAS_MAX_COUNT)'],
    ['raise ATLAS_MAX_COUNT'],
  ],
];

describe('validateCreate: findings', () => {
  it.each(cases)('%s', (_what, vms, code, messageWords, hintWords) => {
    const result = findings(vms).filter((f) => f.code === code);

    expect(result).toHaveLength(1);
    const [finding] = result;
    for (const word of messageWords) expect(finding?.message).toContain(word);
    for (const word of hintWords) expect(finding?.hint).toContain(word);
  });
});

describe('validateCreate: several findings', () => {
  it('reports a VM over a limit and the memory it cannot get, separately', () => {
    const result = findings([vm('a', { memoryMiB: 128 * 1024 })]);

    expect(result.map((f) => f.code)).toEqual(['policy', 'conflict']);
  });

  it('returns every finding, not just the first', () => {
    const vms = [vm('web-01', { template: 'nope', node: 'pve9' }), vm('web-01')];

    const result = findings(vms);

    expect(result.map((f) => f.code)).toEqual(['not_found', 'not_found', 'conflict', 'usage']);
    expect(result[2]?.message).toContain('web-01 already exists');
    expect(result[3]?.message).toContain('web-01 appears more than once');
    expect(result[3]?.hint).toContain('e.g. web-03');
  });

  it('says no node is online instead of blaming memory', () => {
    const w = { ...world(), nodes: [node('pve1', 20, false)] };

    const result = findings([vm('a'), vm('b', { node: 'pve1' })], w);

    expect(result.map((f) => f.message)).toEqual([
      'Node pve1 is offline.',
      'No Proxmox node is online, so there is nowhere to put the VMs.',
    ]);
    expect(result[0]?.hint).toContain('ask an operator');
  });

  it('counts VMs pinned to a node before placing the others', () => {
    const vms = [vm('pinned', { node: 'pve1', memoryMiB: 16 * 1024 }), vm('free', { memoryMiB: 10 * 1024 })];

    const result = findings(vms);

    expect(result).toHaveLength(1);
    expect(result[0]?.message).toContain('any node for free (10 GiB)');
    expect(result[0]?.hint).toContain('pve2 8 GiB, pve1 4 GiB, pve3 4 GiB');
  });

  it('says when the cluster has no templates at all', () => {
    const result = findings([vm('a')], { ...world(), templates: [] });

    expect(result[0]?.message).toContain('the cluster has no templates');
    expect(result[0]?.hint).toContain('Ask an operator');
  });
});
