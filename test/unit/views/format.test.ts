import { describe, expect, it } from 'vitest';
import { auditLine, sizeLine } from '../../../src/core/views/format.ts';
import type { AuditEntry } from '../../../src/domain/audit.ts';

const entry = (action: string, patch: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  at: '2026-03-02T14:02:05.000Z',
  actor: 'slack:UBOB',
  actorName: 'bob',
  action,
  requestId: 'R-7F3K',
  ...patch,
});

describe('audit lines', () => {
  it('name the action in the language asked for', () => {
    const approve = entry('button.approve', { planHash: '1a2b3c4d5e6f7a8b' });

    expect(auditLine(approve, 'en')).toBe('14:02 bob · pressed Approve · plan 1a2b3c4d5e6f');
    expect(auditLine(approve, 'it')).toBe('14:02 bob · ha premuto Approva · piano 1a2b3c4d5e6f');
    expect(auditLine(entry('rollback.declined', { actor: 'atlas', actorName: undefined }), 'it')).toBe(
      '14:02 ATLAS · VM mantenute',
    );
  });

  it('show an action they have no words for as stored', () => {
    expect(auditLine(entry('quota.changed'), 'it')).toBe('14:02 bob · quota.changed');
    expect(auditLine(entry('toString'), 'en')).toBe('14:02 bob · toString');
  });
});

describe('size line', () => {
  it('says cores, memory and disk in each language', () => {
    const one = { cores: 1, memoryMiB: 2048, diskGiB: 20 };
    const two = { cores: 2, memoryMiB: 4096, diskGiB: 20 };

    expect(sizeLine(one, 'en')).toBe('1 core, 2 GiB memory, 20 GiB disk');
    expect(sizeLine(two, 'en')).toBe('2 cores, 4 GiB memory, 20 GiB disk');
    expect(sizeLine(two, 'it')).toBe('2 core, 4 GiB di memoria, 20 GiB di disco');
  });
});
