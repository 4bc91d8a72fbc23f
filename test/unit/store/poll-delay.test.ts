import { describe, expect, it } from 'vitest';
import { pollDelay } from '../../../src/store/redis/poll-delay.ts';

describe('pollDelay', () => {
  it('doubles from the base up to the maximum', () => {
    const full = () => 1;

    const delays = [0, 1, 2, 3, 4, 10].map((attempt) =>
      pollDelay(attempt, 10_000, { baseMs: 20, maxMs: 250, random: full }),
    );

    expect(delays).toEqual([20, 40, 80, 160, 250, 250]);
  });

  it('jitters between half and all of the step', () => {
    const low = pollDelay(3, 10_000, { baseMs: 20, random: () => 0 });
    const high = pollDelay(3, 10_000, { baseMs: 20, random: () => 0.999 });

    expect(low).toBe(80);
    expect(high).toBe(160);
  });

  it('never sleeps past the time that is left', () => {
    expect(pollDelay(5, 7, { random: () => 1 })).toBe(7);
    expect(pollDelay(5, -3, { random: () => 1 })).toBe(0);
  });
});
