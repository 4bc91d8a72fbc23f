import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from '../../../src/sim/disks.ts';
import { formatUpid, parseUpid } from '../../../src/sim/upid.ts';

describe('UPIDs', () => {
  it('are written in the real format and read back', () => {
    const parts = {
      node: 'pve1',
      pid: 0x1a2b,
      pstart: 0xf4240,
      starttime: 0x6630f1e2,
      type: 'qmclone',
      id: '9000',
      user: 'atlas@pve!atlas',
    };

    const upid = formatUpid(parts);

    expect(upid).toBe('UPID:pve1:00001A2B:000F4240:6630F1E2:qmclone:9000:atlas@pve!atlas:');
    expect(parseUpid(upid)).toEqual(parts);
    expect(parseUpid('UPID:pve1:nothex')).toBeUndefined();
  });
});

describe('PVE sizes', () => {
  it('parse and format like PVE', () => {
    expect(parseSize('20G')).toBe(20 * 1024 ** 3);
    expect(parseSize('1.5T')).toBe(1.5 * 1024 ** 4);
    expect(parseSize('512')).toBe(512);
    expect(parseSize('big')).toBeUndefined();
    expect(formatSize(40 * 1024 ** 3)).toBe('40G');
    expect(formatSize(1536 * 1024 ** 2)).toBe('1536M');
  });
});
