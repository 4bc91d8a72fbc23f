import { describe, expect, it } from 'vitest';
import { nextFreeName } from '../../../src/core/validate/next-free-name.ts';

describe('nextFreeName', () => {
  it.each([
    ['web-01', [], 'web-02'],
    ['web-01', ['web-02', 'web-03'], 'web-04'],
    ['web-9', [], 'web-10'],
    ['web', [], 'web-01'],
    ['web', ['web-01'], 'web-02'],
    ['db1', ['db2'], 'db3'],
  ])('%s with %j taken → %s', (name, taken, next) => {
    const free = nextFreeName(name, new Set([name, ...taken]));

    expect(free).toBe(next);
  });

  it('gives up when the next name would be too long', () => {
    const free = nextFreeName(`${'a'.repeat(62)}9`, new Set());

    expect(free).toBeUndefined();
  });
});
