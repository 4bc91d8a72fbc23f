import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/domain/intent.ts';
import { intentOf, vmsOf } from './parse.ts';
import { KEY } from './policy.ts';

const DEFAULT_VM = {
  cores: 2,
  memoryMiB: 2048,
  diskGiB: 20,
  template: 'ubuntu-24.04',
  sshKeys: [],
  tags: ['atlas'],
};

describe('parseCommand: commands', () => {
  it.each<[string, Intent]>([
    ['vm list', { kind: 'vm.list', mine: false }],
    ['vm list --mine', { kind: 'vm.list', mine: true }],
    ['VM LIST --MINE', { kind: 'vm.list', mine: true }],
    ['vm status web-01', { kind: 'vm.status', name: 'web-01' }],
    ['vm start web-01', { kind: 'vm.power', action: 'start', name: 'web-01' }],
    ['vm stop web-01', { kind: 'vm.power', action: 'stop', name: 'web-01' }],
    ['vm reboot web-01', { kind: 'vm.power', action: 'reboot', name: 'web-01' }],
    ['vm destroy web-01', { kind: 'vm.destroy', name: 'web-01' }],
    ['approve', { kind: 'approve' }],
    ['approve R-7F3K', { kind: 'approve', requestId: 'R-7F3K' }],
    ['approve r-7f3k', { kind: 'approve', requestId: 'R-7F3K' }],
    ['approve 7F3K', { kind: 'approve', requestId: 'R-7F3K' }],
    ['approve 7f3k.', { kind: 'approve', requestId: 'R-7F3K' }],
    ['approve r-7fok', { kind: 'approve', requestId: 'R-7F0K' }],
    ['reject', { kind: 'reject' }],
    ['reject R-7F3K', { kind: 'reject', requestId: 'R-7F3K' }],
    [
      'reject R-7F3K the disk is too big',
      { kind: 'reject', requestId: 'R-7F3K', reason: 'the disk is too big' },
    ],
    ['reject 7f3k  too   big', { kind: 'reject', requestId: 'R-7F3K', reason: 'too   big' }],
    ['reject the disk is too big', { kind: 'reject', reason: 'the disk is too big' }],
    ['reject nope', { kind: 'reject', reason: 'nope' }],
    ["reject R-7F3K we don't need it", { kind: 'reject', requestId: 'R-7F3K', reason: "we don't need it" }],
    ['reject R-7F3K "too big"', { kind: 'reject', requestId: 'R-7F3K', reason: 'too big' }],
    [
      'reject R-7F3K first line\nsecond line',
      { kind: 'reject', requestId: 'R-7F3K', reason: 'first line\nsecond line' },
    ],
    ['templates', { kind: 'templates' }],
    ['help', { kind: 'help' }],
    ['help vm create', { kind: 'help', topic: 'vm create' }],
    ['help Create', { kind: 'help', topic: 'create' }],
    ['help?', { kind: 'help' }],
    ['vm create --help', { kind: 'help', topic: 'vm create' }],
    ['vm create web-01 --cores 2 -h', { kind: 'help', topic: 'vm create' }],
    ['vm --help', { kind: 'help', topic: 'vm' }],
    ['approve --help', { kind: 'help', topic: 'approve' }],
    ['reject -h', { kind: 'help', topic: 'reject' }],
  ])('%j', (text, expected) => {
    const intent = intentOf(text);

    expect(intent).toEqual(expected);
  });
});

describe('parseCommand: how ATLAS is addressed', () => {
  it.each([
    '/atlas vm list',
    'atlas vm list',
    'Atlas: vm list',
    '@atlas vm list',
    '@atlas, vm list',
    '<@U024BE7LH> vm list',
    '<@U024BE7LH|atlas> vm list',
    '<@!80351110224678912> vm list',
    '  <@U024BE7LH>   /atlas   vm list  ',
  ])('%j', (text) => {
    const intent = intentOf(text);

    expect(intent).toEqual({ kind: 'vm.list', mine: false });
  });

  it('treats a bare mention as a request for help', () => {
    const intent = intentOf('<@U024BE7LH>');

    expect(intent).toEqual({ kind: 'help' });
  });
});

describe('parseCommand: vm create', () => {
  it('fills in the policy defaults', () => {
    const vms = vmsOf('vm create web-01');

    expect(vms).toEqual([{ name: 'web-01', ...DEFAULT_VM }]);
  });

  it('reads every option', () => {
    const vms = vmsOf(
      `vm create db-1 --cores 4 --memory 8G --disk 40G --template Debian-12 --node pve2 --ssh-key "${KEY} me@laptop" --tag db --tag Team-A,prod`,
    );

    expect(vms).toEqual([
      {
        name: 'db-1',
        cores: 4,
        memoryMiB: 8192,
        diskGiB: 40,
        template: 'debian-12',
        node: 'pve2',
        sshKeys: [`${KEY} me@laptop`],
        tags: ['db', 'team-a', 'prod', 'atlas'],
      },
    ]);
  });

  it('reads --flag=value, options before the name and quoted values', () => {
    const vms = vmsOf(`vm create --cores=3 --memory='4 GiB' --tag="a,b" web-01`);

    expect(vms[0]).toMatchObject({ name: 'web-01', cores: 3, memoryMiB: 4096, tags: ['a', 'b', 'atlas'] });
  });

  it('reads an unquoted ssh key as type, base64 and an optional comment', () => {
    const vms = vmsOf(`vm create web-01 --ssh-key ${KEY} alice@laptop --ssh-key=${KEY} --cores 2`);

    expect(vms[0]?.sshKeys).toEqual([`${KEY} alice@laptop`, KEY]);
  });

  it('does not take the VM name as the comment of an unquoted key', () => {
    const vms = vmsOf(`vm create --ssh-key ${KEY} web-01`);

    expect(vms[0]).toMatchObject({ name: 'web-01', sshKeys: [KEY] });
  });

  it('reads typographic quotes and a dash autocorrected from --', () => {
    const vms = vmsOf('vm create web-01 —memory 4G –cores 3 --tag “load-test”');

    expect(vms[0]).toMatchObject({ memoryMiB: 4096, cores: 3, tags: ['load-test', 'atlas'] });
  });

  it('does not repeat a default tag given again', () => {
    const vms = vmsOf('vm create web-01 --tag atlas,web');

    expect(vms[0]?.tags).toEqual(['atlas', 'web']);
  });
});
