import { describe, expect, it } from 'vitest';
import { patchAssignments } from '../../../src/store/request-queries.ts';
import { type RequestRow, requestFromRow } from '../../../src/store/request-rows.ts';

const row: RequestRow = {
  id: 'R-7F3K',
  operation: { kind: 'power', action: 'start', vm: { name: 'web-01', vmid: 101, node: 'pve1' } },
  state: 'received',
  requester: { id: 'slack:U024BE7LH' },
  thread: { platform: 'slack', channel: 'C1', thread: '1.2' },
  plan_id: null,
  plan_hash: null,
  reason: null,
  result: null,
  created_at: new Date('2030-01-01T00:00:00.000Z'),
  updated_at: '2030-01-01 00:00:01.5+00',
  expires_at: null,
};

describe('requestFromRow', () => {
  it('turns NULL columns into absent fields and timestamps into ISO strings', () => {
    const request = requestFromRow(row);

    expect(request).toEqual({
      id: 'R-7F3K',
      operation: row.operation,
      state: 'received',
      requester: row.requester,
      thread: row.thread,
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:01.500Z',
    });
  });

  it('says which request is damaged when a row does not match the domain', () => {
    expect(() => requestFromRow({ ...row, state: 'exploded' })).toThrow(
      /Reading request R-7F3K from the database/,
    );
  });
});

describe('patchAssignments', () => {
  it('sets only the fields given, numbering parameters from the first free one', () => {
    const result = [{ name: 'web-01', vmid: 101, node: 'pve1' }];

    const { sets, params } = patchAssignments({ reason: 'no capacity', result }, 5);

    expect(sets).toEqual(['reason = $5', 'result = $6::jsonb']);
    expect(params).toEqual(['no capacity', JSON.stringify(result)]);
  });

  it('refuses fields that are not patchable values', () => {
    expect(() => patchAssignments({ planId: 42 } as never, 5)).toThrow();
  });
});
