import { describe, expect, it } from 'vitest';
import { stripAddress } from '../../../src/core/grammar/strip-address.ts';
import { tokenize } from '../../../src/core/grammar/tokenize.ts';
import { UsageError } from '../../../src/domain/errors.ts';

describe('tokenize', () => {
  it.each([
    ['a b  c', ['a', 'b', 'c']],
    ['"a b" c', ['a b', 'c']],
    ["'a b' c", ['a b', 'c']],
    ['--tag="a b"', ['--tag=a b']],
    ['x"y z"w', ['xy zw']],
    ['"say \\"hi\\"" \\n', ['say "hi"', '\\n']],
    ['"C:\\dir"', ['C:\\dir']],
    ['"a\\\\b"', ['a\\b']],
    ['“smart quotes” ‘too’', ['smart quotes', 'too']],
    ['"it\'s"', ["it's"]],
    ['""', ['']],
    ['—memory –cores', ['--memory', '--cores']],
    ['"—memory"', ['—memory']],
    ['a\n\tb', ['a', 'b']],
  ])('%j', (text, words) => {
    const tokens = tokenize(text);

    expect(tokens.map((t) => t.text)).toEqual(words);
  });

  it('marks words that began with a quote', () => {
    const tokens = tokenize('a "b" --c="d"');

    expect(tokens.map((t) => t.quoted)).toEqual([false, true, false]);
  });

  it('refuses an unclosed quote with a hint', () => {
    const act = (): unknown => tokenize('--tag "abc');

    expect(act).toThrow(UsageError);
    expect(act).toThrow(/opening " without a closing one/);
  });
});

describe('stripAddress', () => {
  it.each([
    ['/atlas vm list', 'vm list'],
    ['atlas vm list', 'vm list'],
    ['ATLAS: vm list', 'vm list'],
    ['@atlas, help', 'help'],
    ['<@U024BE7LH> help', 'help'],
    ['<@U024BE7LH|atlas>: help', 'help'],
    ['<@!80351110224678912> help', 'help'],
    ['<@&80351110224678912> help', 'help'],
    ['<@U1> /atlas help', 'help'],
    ['atlas-prod is down', 'atlas-prod is down'],
    ['atlases are maps', 'atlases are maps'],
    ['vm list', 'vm list'],
    ['  atlas  ', ''],
  ])('%j → %j', (text, rest) => {
    const stripped = stripAddress(text);

    expect(stripped).toBe(rest);
  });
});
