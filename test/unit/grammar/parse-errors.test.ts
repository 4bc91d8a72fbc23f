import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/domain/errors.ts';
import { errorOf } from './parse.ts';
import { KEY } from './policy.ts';

/** [what was typed, words the message must hold, words the hint must hold] */
type Case = [string, string[], string[]];

const cases: Record<string, Case[]> = {
  'unknown option': [
    ['vm create web-01 --memroy 2G', ['--memroy', 'unknown option'], ['Did you mean --memory?']],
    ['vm create web-01 --tags a', ['--tags', 'unknown option'], ['Did you mean --tag?']],
    ['vm create web-01 --temp debian-12', ['--temp'], ['Did you mean --template?']],
    ['vm create web-01 --colour red', ['--colour', 'vm create'], ['--cores', '--memory', '--tag']],
    ['vm list --cores 2', ['--cores', 'vm list'], ['only --mine']],
    ['vm list --mien', ['--mien'], ['Did you mean --mine?']],
  ],
  'options on a command that takes none': [
    ['vm status web-01 --cores 2', ['vm status takes no options', '--cores'], ['/atlas vm status NAME']],
    ['vm stop web-01 --force', ['vm stop takes no options'], ['/atlas vm start|stop|reboot NAME']],
    ['templates --node pve1', ['templates takes no options'], ['/atlas templates']],
  ],
  'unknown subcommand': [
    ['vm crate web-01', ['vm crate', 'unknown command'], ['Did you mean vm create?']],
    ['vm lst', ['vm lst'], ['Did you mean vm list?']],
    ['vm delete web-01', ['vm delete'], ['Did you mean vm destroy?']],
    ['vm restart web-01', ['vm restart'], ['Did you mean vm reboot?']],
    ['vm frobnicate', ['vm frobnicate'], ['create, list, status, start, stop, reboot, destroy']],
    ['vm', ['vm needs a command'], ['/atlas vm list']],
    ["vm isn't starting", ["vm isn't", 'unknown command'], ['create, list, status']],
  ],
  'unknown command word close to one': [
    ['aprove', ['aprove', 'unknown command'], ['Did you mean approve?']],
    ['approv R-7F3K', ['approv'], ['Did you mean approve?']],
    ['rejct R-7F3K too big', ['rejct'], ['Did you mean reject?']],
    ['templtes', ['templtes'], ['Did you mean templates?']],
    ['hepl', ['hepl'], ['Did you mean help?']],
    ['vn list', ['vn'], ['Did you mean vm list?']],
    ['vms create web-01', ['vms'], ['Did you mean vm create?']],
    ['create web-01 --cores 2', ['create', 'unknown command'], ['Did you mean vm create web-01?']],
    ['list', ['list'], ['Did you mean vm list?']],
    ['delete web-01', ['delete'], ['Did you mean vm destroy web-01?']],
  ],
  'missing name': [
    [
      'vm create',
      ['vm create needs a name'],
      ['/atlas vm create NAME [options]', 'For example: /atlas vm create web-01'],
    ],
    ['vm create --cores 2', ['vm create needs a name'], ['For example']],
    ['vm status', ['vm status needs a name'], ['/atlas vm status web-01']],
    ['vm destroy', ['vm destroy needs a name'], ['/atlas vm destroy web-01']],
  ],
  'option missing its value': [
    ['vm create web-01 --cores', ['--cores needs a value'], ['--cores 4']],
    ['vm create web-01 --memory --cores 2', ['--memory needs a value'], ['--memory 8G']],
    ['vm create web-01 --tag=', ['--tag needs a value'], ['--tag load-test']],
    ['vm create web-01 --ssh-key', ['--ssh-key needs a value'], ['ssh-ed25519']],
  ],
  'value that is not a number or size': [
    ['vm create web-01 --cores four', ['--cores four', 'not a number'], ['--cores 4']],
    ['vm create web-01 --cores 2.5', ['--cores 2.5', 'not a whole number'], ['--cores 4']],
    ['vm create web-01 --cores 0', ['--cores 0', 'at least 1'], ['--cores 4']],
    ['vm create web-01 --cores -1', ['--cores -1', 'at least 1'], ['--cores 4']],
    ['vm create web-01 --count two', ['--count two', 'not a number'], ['--count 3']],
    ['vm create web-01 --memory lots', ['--memory lots', 'not a size'], ['4G', '4096M', '4 GiB']],
    ['vm create web-01 --memory 2X', ['--memory 2X', 'not a size'], ['4G']],
    ['vm create web-01 --memory 8M', ['--memory 8M', 'too small'], ['Did you mean --memory 8G?']],
    ['vm create web-01 --disk big', ['--disk big', 'not a size'], ['bare number means GiB']],
    ['vm create web-01 --disk 1500M', ['--disk 1500M', 'whole GiB'], ['--disk 2G']],
  ],
  'over a limit': [
    [
      'vm create web-01 --cores 64',
      ['--cores 64 is more than the limit of 16 cores per VM (ATLAS_MAX_CORES)'],
      ['at most 16 cores', 'raise ATLAS_MAX_CORES'],
    ],
    [
      'vm create web-01 --memory 128G',
      ['--memory 128G', 'limit of 64 GiB of memory per VM (ATLAS_MAX_MEMORY)'],
      ['raise ATLAS_MAX_MEMORY'],
    ],
    [
      'vm create web-01 --disk 1T',
      ['--disk 1T', 'limit of 500 GiB of disk per VM (ATLAS_MAX_DISK)'],
      ['raise ATLAS_MAX_DISK'],
    ],
    [
      'vm create web-01 --count 11',
      ['--count 11', 'limit of 10 VMs per request (ATLAS_MAX_COUNT)'],
      ['at most 10 VMs'],
    ],
  ],
  'duplicate option': [
    ['vm create web-01 --cores 2 --cores 4', ['--cores is given twice', '2 and 4'], ['Give --cores once']],
    ['vm create web-01 --template a --template=b', ['--template is given twice'], ['once']],
    ['vm list --mine --mine', ['--mine is given twice'], ['once']],
    ['vm list --mine=yes', ['--mine takes no value'], ['just --mine']],
  ],
  'extra arguments': [
    ['vm create web-01 web-02', ['vm create: unexpected web-02'], ['--count']],
    ['vm create web-01 cores 4', ['unexpected cores 4'], ['Did you mean --cores 4?']],
    ['vm status web-01 web-02', ['vm status: unexpected web-02'], ['one VM per command']],
    ['vm list web-01', ['vm list: unexpected web-01'], ['/atlas vm list [--mine]']],
    ['templates debian', ['templates: unexpected debian'], ['/atlas templates']],
    ['approve R-7F3K R-8G4M', ['approve: unexpected R-8G4M'], ['one request per command']],
  ],
  'bad names': [
    [
      'vm create Web_01',
      ['Web_01 is not a valid VM name', 'upper-case letters', '"_"'],
      ['Did you mean web-01?', 'DNS labels'],
    ],
    ['vm create web.01', ['web.01', '"."'], ['Did you mean web-01?']],
    ['vm create web-', ['web-', 'at the start or end'], ['Did you mean web?']],
    [`vm create ${'a'.repeat(64)}`, ['64 characters (at most 63)'], [`Did you mean ${'a'.repeat(63)}?`]],
    ['vm status "my vm"', ['my vm', 'spaces'], ['Did you mean my-vm?']],
    ['vm destroy ___', ['___', '"_"'], ['For example: web-01']],
  ],
  'request ids': [
    ['approve this', ['this is not a request id'], ['R-7F3K', '/atlas approve alone']],
    ['approve R-12', ['R-12 is not a request id'], ['R-7F3K']],
    ['reject R-12 too big', ['R-12 is not a request id'], ['/atlas reject alone']],
    [`reject R-7F3K ${'x'.repeat(501)}`, ['501 characters', 'at most 500'], ['Shorten']],
  ],
  'bad option values': [
    ['vm create web-01 --tag "bad tag"', ['--tag bad tag', 'not a valid tag'], ['--tag load-test']],
    [
      'vm create web-01 --ssh-key hello',
      ['--ssh-key hello', 'not an OpenSSH public key'],
      ['.pub', 'in quotes'],
    ],
    ['vm create web-01 --template "ubuntu 24"', ['--template ubuntu 24'], ['/atlas templates']],
    ['vm create web-01 --node "pve 2"', ['--node pve 2'], ['leave --node out']],
    ['vm create web-01 --tag a,b,c,d,e,f,g,h,i,j', ['11 tags', 'at most 10'], ['--tag']],
    ['vm create web-01 --memory "2 GiB', ['opening " without a closing one'], ['Close the quote']],
  ],
};

describe.each(Object.entries(cases))('parseCommand errors: %s', (_kind, rows) => {
  it.each(rows)('%j', (text, messageWords, hintWords) => {
    const error = errorOf(text);

    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe('usage');
    for (const word of messageWords) expect(error.message).toContain(word);
    for (const word of hintWords) expect(error.hint).toContain(word);
  });
});

describe('parseCommand errors: safety', () => {
  it('refuses a private key without echoing it', () => {
    const secret = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ';

    const error = errorOf(`vm create web-01 --ssh-key "-----BEGIN OPENSSH PRIVATE KEY----- ${secret}"`);

    expect(error.message).toContain('private key');
    expect(error.hint).toContain('public half');
    expect(`${error.message} ${error.hint}`).not.toContain(secret);
  });

  it('cuts long input short when it quotes it back', () => {
    const error = errorOf(`vm create web-01 --cores ${'9'.repeat(500)}x`);

    expect(error.message.length).toBeLessThan(120);
  });

  it('accepts a valid key in the same position', () => {
    const error = errorOf(`vm create web-01 --ssh-key "${KEY}" --cores x`);

    expect(error.message).toContain('--cores x');
  });
});
