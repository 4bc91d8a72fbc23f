import { describe, expect, it } from 'vitest';
import { pollDelayMs } from '../../../src/proxmox/wait.ts';

describe('pollDelayMs', () => {
  it('starts at 100 ms and doubles up to the configured interval, then stays there', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempt) => pollDelayMs(attempt, 1000));

    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000, 1000]);
  });

  it('never waits longer than an interval shorter than the first step', () => {
    const delays = [1, 2, 3].map((attempt) => pollDelayMs(attempt, 20));

    expect(delays).toEqual([20, 20, 20]);
  });
});
