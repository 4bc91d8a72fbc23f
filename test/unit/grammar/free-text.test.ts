import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/core/grammar/parse-command.ts';
import { policy } from './policy.ts';

describe('parseCommand: free text', () => {
  it.each([
    'I need two debian boxes for the payments load test, 4 cores each, with nginx',
    '@atlas I need two debian boxes',
    'hello',
    'hello there',
    'hi',
    'am I allowed to make a vm?',
    'my vm is slow',
    'can you list my vms',
    'help me set up two debian boxes for a load test',
    'create two ubuntu boxes with 8 gigs each',
    'show me what is running',
    'approved yet? I asked an hour ago',
    "I'd like a VM, please",
    'what templates are there?',
  ])('%j is free text', (text) => {
    const result = parseCommand(text, policy);

    expect(result).toEqual({ kind: 'free-text' });
  });
});

describe('parseCommand: never throws', () => {
  it.each([
    'vm create "',
    "vm create web-01 --tag 'x",
    'vm create web-01 --memory',
    '--',
    '-',
    'vm ---',
    'vm create constructor',
    'vm __proto__',
    'toString',
    'vm create web-01 --__proto__ 1',
    '\u0000\u0001',
    'vm create 💥',
    'reject "',
    'help "',
    'vm create web-01 --count 99999999999999999999999',
    `vm create ${'w'.repeat(10_000)}`,
  ])('%j', (text) => {
    const result = parseCommand(text, policy);

    expect(['intent', 'error', 'free-text']).toContain(result.kind);
    if (result.kind === 'error') expect(result.error.hint).toBeTruthy();
  });
});

describe('sentences with sizes and node names', () => {
  it.each([
    'create a rocky vm called mq-01 with 8 cores, 16GB ram and 100GB disk',
    'create two boxes on pve1 with 4GB each please',
  ])('%s is free text, not a mistyped command', (text) => {
    expect(parseCommand(text, policy).kind).toBe('free-text');
  });
});
