import { describe, expect, it } from 'vitest';
import { editDistance, nearest, rankByDistance } from '../../../src/core/grammar/edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['help', 'help', 0],
    ['help', 'hlep', 1],
    ['memroy', 'memory', 1],
    ['crate', 'create', 1],
    ['aprove', 'approve', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['vm', 'i', 2],
  ])('%j → %j is %i', (a, b, distance) => {
    const result = editDistance(a, b);

    expect(result).toBe(distance);
  });
});

describe('nearest and rankByDistance', () => {
  it('orders candidates nearest first, keeping the given order on ties', () => {
    const ranked = rankByDistance('ubuntu-24.4', ['debian-12', 'ubuntu-22.04', 'ubuntu-24.04', 'alma-9']);

    expect(ranked.slice(0, 2)).toEqual(['ubuntu-24.04', 'ubuntu-22.04']);
  });

  it('finds a candidate only within the distance', () => {
    const near = nearest('memroy', ['cores', 'memory']);
    const far = nearest('colour', ['cores', 'memory'], 1);

    expect(near).toBe('memory');
    expect(far).toBeUndefined();
  });
});
