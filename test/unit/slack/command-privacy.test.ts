import { describe, expect, it } from 'vitest';
import { answersPrivately } from '../../../src/chat/slack/command-privacy.ts';
import { testPolicy } from '../../support/memory-ports.ts';

describe('which slash commands are answered privately', () => {
  const policy = testPolicy();

  it.each([
    ['help'],
    ['help approve'],
    [''],
    ['vm create web-01 --memroy 4G'],
    ['please make me a vm'],
    ['approve R-7F3K'],
    ['reject R-7F3K too big'],
  ])('%j is private', (text) => {
    expect(answersPrivately(text, policy)).toBe(true);
  });

  it.each([['vm create web-01'], ['vm list'], ['vm status web-01'], ['vm destroy web-01'], ['templates']])(
    '%j starts a visible thread',
    (text) => {
      expect(answersPrivately(text, policy)).toBe(false);
    },
  );
});
