import { describe, expect, it } from 'vitest';
import { ownerRequestId, ownerTag } from '../../../src/domain/owner-tag.ts';

describe('owner tag', () => {
  it('names the request that made a VM, and reads it back', () => {
    const tag = ownerTag('R-7F3K');

    const owner = ownerRequestId(['web', 'atlas', tag]);

    expect(tag).toBe('atlas-r-7f3k');
    expect(owner).toBe('R-7F3K');
  });

  it('ignores tags that only look alike', () => {
    expect(ownerRequestId(['atlas', 'atlas-r-7f3'])).toBeUndefined();
    expect(ownerRequestId(['atlas-r-7f3k-x', 'atlas-r-7fik'])).toBeUndefined();
    expect(ownerRequestId([])).toBeUndefined();
  });
});
