import { expect } from 'vitest';
import { parseCommand } from '../../../src/core/grammar/parse-command.ts';
import type { UsageError } from '../../../src/domain/errors.ts';
import type { Intent } from '../../../src/domain/intent.ts';
import type { VmSpec } from '../../../src/domain/vm-spec.ts';
import { policy } from './policy.ts';

/** The intent a text parses to; fails the test with the error when it does not. */
export function intentOf(text: string): Intent {
  const result = parseCommand(text, policy);
  if (result.kind !== 'intent') {
    expect.fail(`${text} → ${result.kind}${result.kind === 'error' ? `: ${result.error.message}` : ''}`);
  }
  return result.intent;
}

export function vmsOf(text: string): VmSpec[] {
  const intent = intentOf(text);
  if (intent.kind !== 'vm.create') expect.fail(`${text} → ${intent.kind}, not vm.create`);
  return intent.vms;
}

export function errorOf(text: string): UsageError {
  const result = parseCommand(text, policy);
  if (result.kind !== 'error') expect.fail(`${text} → ${result.kind}, not an error`);
  return result.error;
}
