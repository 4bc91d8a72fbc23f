import { describe, expect, it } from 'vitest';
import { commandInput } from '../../../src/chat/discord/command-input.ts';
import { commandText, quote } from '../../../src/chat/discord/command-text.ts';
import { tokenize } from '../../../src/core/grammar/tokenize.ts';
import { intentOf } from '../grammar/parse.ts';

/** Options nested the way Discord sends them: group → subcommand → values. */
function options(path: string, values: Record<string, string | number | boolean>) {
  const leaf = Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === 'number' ? 4 : typeof value === 'boolean' ? 5 : 3,
    value,
  }));
  const [first, second] = path.split(' ');
  if (!second) return [{ name: first ?? '', type: 1, options: leaf }];
  return [{ name: first ?? '', type: 2, options: [{ name: second, type: 1, options: leaf }] }];
}

const textOf = (path: string, values: Record<string, string | number | boolean> = {}) =>
  commandText(commandInput(options(path, values)));

describe('slash command options → the command text the grammar parses', () => {
  it('turns vm create options into flags the grammar reads back to the same VM', () => {
    const text = textOf('vm create', {
      name: 'web-01',
      cores: 4,
      memory: '8G',
      template: 'debian-12',
      'ssh-key': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH you@host',
      tag: 'load-test',
    });

    const intent = intentOf(text);

    expect(text).toBe(
      '/atlas vm create web-01 --cores 4 --memory 8G --template debian-12 --ssh-key "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH you@host" --tag load-test',
    );
    expect(intent).toMatchObject({
      kind: 'vm.create',
      vms: [
        {
          name: 'web-01',
          cores: 4,
          memoryMiB: 8192,
          template: 'debian-12',
          sshKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH you@host'],
          tags: expect.arrayContaining(['load-test']),
        },
      ],
    });
  });

  it('maps every other subcommand to its command', () => {
    expect(textOf('vm list', { mine: true })).toBe('/atlas vm list --mine');
    expect(textOf('vm list')).toBe('/atlas vm list');
    expect(textOf('vm status', { name: 'web-01' })).toBe('/atlas vm status web-01');
    expect(textOf('vm reboot', { name: 'web-01' })).toBe('/atlas vm reboot web-01');
    expect(textOf('vm destroy', { name: 'web-01' })).toBe('/atlas vm destroy web-01');
    expect(textOf('approve')).toBe('/atlas approve');
    expect(textOf('approve', { request: 'r-7f3k' })).toBe('/atlas approve r-7f3k');
    expect(textOf('templates')).toBe('/atlas templates');
    expect(textOf('help', { command: 'vm create' })).toBe('/atlas help vm create');
  });

  it('keeps a reject reason a reason, whatever it looks like', () => {
    expect(intentOf(textOf('reject', { request: 'R-7F3K', reason: 'too big' }))).toEqual({
      kind: 'reject',
      requestId: 'R-7F3K',
      reason: 'too big',
    });
    expect(intentOf(textOf('reject', { reason: '7F3K is a typo' }))).toEqual({
      kind: 'reject',
      reason: '7F3K is a typo',
    });
  });

  it('refuses a request option that is not a request id instead of reading it as a reason', () => {
    expect(() => textOf('reject', { request: 'nope', reason: 'x' })).toThrow(/nope is not a request id/);
  });

  it('refuses subcommands the grammar does not know (stale registrations) and says how to fix it', () => {
    expect(() => textOf('vm migrate', { name: 'x' })).toThrow(
      expect.objectContaining({
        message: 'ATLAS does not know /atlas vm migrate.',
        hint: expect.stringMatching(/atlas discord register/),
      }),
    );
  });

  it('quotes exactly what the tokenizer would split or misread', () => {
    for (const word of ['plain', 'two words', 'say "hi"', 'back\\slash', '--help', 'it’s', '']) {
      expect(tokenize(`x ${quote(word)}`).map((t) => t.text)).toEqual(['x', word]);
    }
    expect(quote('web-01')).toBe('web-01');
  });
});
