import { describe, expect, it } from 'vitest';
import { withBackoff } from '../../../src/agent/backoff.ts';
import { CircuitBreaker } from '../../../src/agent/circuit-breaker.ts';
import type { ModelFailure } from '../../../src/agent/model-errors.ts';
import { AtlasError } from '../../../src/domain/errors.ts';
import { ManualClock } from '../../support/memory-ports.ts';

const failing = (retry: boolean, retryAfterMs?: number) => (): ModelFailure => ({
  retry,
  ...(retryAfterMs ? { retryAfterMs } : {}),
  error: new AtlasError('transient', 'down'),
});

describe('backoff', () => {
  it('tries again after retryable failures, waiting longer each time or as asked', async () => {
    const waits: number[] = [];
    let calls = 0;

    const result = await withBackoff(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('busy');
        return 'ok';
      },
      failing(true, 1500),
      { attempts: 3, baseMs: 100, maxMs: 8000, sleep: async (ms) => void waits.push(ms) },
    );

    expect(result).toBe('ok');
    expect(waits).toEqual([1500, 1500]);
  });

  it('gives up at once on what a retry cannot fix, and when asked to wait too long', async () => {
    const sleep = async () => {};
    const options = { attempts: 5, baseMs: 10, maxMs: 1000, sleep };

    await expect(
      withBackoff(() => Promise.reject(new Error('401')), failing(false), options),
    ).rejects.toThrow('down');
    await expect(
      withBackoff(() => Promise.reject(new Error('429')), failing(true, 60_000), options),
    ).rejects.toThrow('down');
  });
});

describe('circuit breaker', () => {
  it('opens after failures in a row, refuses while open, and lets one call try after the cooldown', async () => {
    const clock = new ManualClock();
    const breaker = new CircuitBreaker({ threshold: 2, cooldownMs: 10_000, clock });
    const fail = () =>
      breaker.run(
        () => Promise.reject(new Error('down')),
        () => true,
      );
    await expect(fail()).rejects.toThrow('down');
    await expect(fail()).rejects.toThrow('down');

    await expect(
      breaker.run(
        async () => 'ok',
        () => true,
      ),
    ).rejects.toThrow(/failed 2 times in a row/);
    clock.advance(10_001);
    const after = await breaker.run(
      async () => 'ok',
      () => true,
    );

    expect(after).toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('does not count errors that are not the endpoint being down', async () => {
    const breaker = new CircuitBreaker({ threshold: 1 });

    await expect(
      breaker.run(
        () => Promise.reject(new Error('bad key')),
        () => false,
      ),
    ).rejects.toThrow('bad key');

    expect(breaker.state).toBe('closed');
  });
});
