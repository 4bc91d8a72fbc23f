import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/core/grammar/parse-command.ts';
import { ERROR_TEXTS } from '../../../src/core/i18n/catalogue.ts';
import { errorIn } from '../../../src/core/i18n/error-texts.ts';
import { grammarErrorsEn } from '../../../src/core/i18n/grammar-errors-en.ts';
import type { Policy } from '../../../src/domain/policy.ts';
import { KEY, policy } from '../grammar/policy.ts';

const roomy: Policy = { ...policy, limits: { ...policy.limits, maxCount: 100 } };
const list = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** One bad command for each entry of the grammar's catalogue, and the policy it is read under. */
const CASES: Record<string, [string, Policy?]> = {
  unclosedQuote: ['vm create web-01 --ssh-key "ssh-ed25519 AAAA'],
  unknownCommandTypo: ['hepl'],
  unknownCommandNoVm: ['delete web-01'],
  vmNeedsCommand: ['vm'],
  unknownVmCommandDidYouMean: ['vm lst'],
  unknownVmCommand: ['vm frobnicate'],
  noOptions: ['templates --node pve1'],
  unknownOptionDidYouMean: ['vm list --mien'],
  unknownOptionOnly: ['vm list --colour'],
  unknownOptionList: ['vm create web-01 --colour red'],
  switchWithValue: ['vm list --mine=yes'],
  optionNeedsValue: ['vm create web-01 --disk'],
  optionTwiceValues: ['vm create web-01 --cores 2 --cores 3'],
  optionTwice: ['vm list --mine --mine'],
  needsName: ['vm status'],
  unexpectedOption: ['vm create web-01 memory 4G'],
  unexpectedCreateWords: ['vm create web-01 web-02'],
  unexpectedNameWords: ['vm status web-01 web-02'],
  unexpectedWords: ['vm list foo'],
  approveExtra: ['approve R-7F3K now'],
  rollbackExtra: ['rollback R-7F3K now'],
  rollbackNotARequestId: ['rollback r-zz'],
  reasonTooLong: [`reject ${'x'.repeat(501)}`],
  notARequestId: ['reject r-zz'],
  invalidVmName: ['vm create ""'],
  invalidVmNameDidYouMean: ['vm create Web_01'],
  tooManyVmsInRequest: ['vm create web-01 --count 60', roomy],
  seriesNameInvalid: [`vm create ${'a'.repeat(62)}9 --count 2`],
  notWholeNumber: ['vm create web-01 --cores 2.5'],
  notANumber: ['vm create web-01 --count two'],
  notPositive: ['vm create web-01 --cores 0'],
  memoryNotASize: ['vm create web-01 --memory lots'],
  memoryTooSmall: ['vm create web-01 --memory 8M'],
  diskNotASize: ['vm create web-01 --disk big'],
  diskNotWhole: ['vm create web-01 --disk 1500M'],
  optionOverCoresLimit: ['vm create web-01 --cores 64'],
  optionOverMemoryLimit: ['vm create web-01 --memory 128G'],
  optionOverDiskLimit: ['vm create web-01 --disk 1T'],
  optionOverCountLimit: ['vm create web-01 --count 11'],
  invalidTag: ['vm create web-01 --tag "Bad Tag"'],
  tooManyTags: [`vm create web-01 --tag ${list('t', 10).join(',')}`],
  invalidRole: ['vm create web-01 --with "no way"'],
  tooManyRoles: [`vm create web-01 --with ${list('r', 11).join(',')}`],
  privateSshKey: ['vm create web-01 --ssh-key "-----BEGIN OPENSSH PRIVATE KEY-----"'],
  notAPublicKey: ['vm create web-01 --ssh-key nope'],
  tooManySshKeys: [
    `vm create web-01 ${list('', 11)
      .map(() => `--ssh-key "${KEY}"`)
      .join(' ')}`,
  ],
  invalidTemplate: ['vm create web-01 --template "Bad Name!"'],
  invalidNode: ['vm create web-01 --node "pve 2"'],
};

/** Only reachable when the grammar lets through what the intent schema refuses, or throws a non-usage error. */
const UNREACHABLE = ['commandDoesNotFit', 'unreadableCommand'];

describe('grammar errors carry the catalogue entry they were said from', () => {
  it('has a case for every entry', () => {
    expect([...Object.keys(CASES), ...UNREACHABLE].sort()).toEqual(Object.keys(grammarErrorsEn).sort());
  });

  it.each(Object.entries(CASES))('%s', (key, [text, under]) => {
    const result = parseCommand(text, under ?? policy);
    if (result.kind !== 'error') expect.fail(`${text} → ${result.kind}, not an error`);

    const { error } = result;
    const italian = errorIn(error, ERROR_TEXTS, 'it');

    expect(error.said?.key).toBe(key);
    expect(errorIn(error, ERROR_TEXTS, 'en')).toEqual({ message: error.message, hint: error.hint });
    expect(italian.message).not.toBe(error.message);
    expect(italian.hint).not.toBe(error.hint);
  });
});
