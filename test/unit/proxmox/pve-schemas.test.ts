import { describe, expect, it } from 'vitest';
import {
  looseNumber,
  NodeEntry,
  parseAnswer,
  parseTags,
  VmResource,
} from '../../../src/proxmox/pve-schemas.ts';

describe('PVE answers', () => {
  it('accepts numbers and booleans sent as strings or 0/1', () => {
    const row = parseAnswer(
      VmResource,
      { vmid: '101', node: 'pve1', template: 1, maxmem: '2147483648', extra: 'kept out' },
      'a row',
    );

    expect(row).toMatchObject({ vmid: 101, template: true, maxmem: 2147483648 });
    expect(parseAnswer(VmResource, { vmid: 102, node: 'pve1', template: '0' }, 'a row').template).toBe(false);
    expect(parseAnswer(looseNumber, '105', 'the next free VMID')).toBe(105);
  });

  it('says what was being read when the answer does not fit', () => {
    const read = () => parseAnswer(NodeEntry.array(), [{ status: 'online' }], 'the node list');

    expect(read).toThrow(/^Reading the node list: Proxmox sent an unexpected answer at 0\.node/);
  });

  it('rejects a number that is not one', () => {
    expect(() => parseAnswer(looseNumber, 'abc', 'the next free VMID')).toThrow(/next free VMID/);
  });

  it('splits tag lists on ; , and spaces', () => {
    expect(parseTags('atlas;web, atlas-r-7f3k  x')).toEqual(['atlas', 'web', 'atlas-r-7f3k', 'x']);
    expect(parseTags(undefined)).toEqual([]);
  });
});
