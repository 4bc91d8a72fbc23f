import { describe, expect, it } from 'vitest';
import { UpdatePacer } from '../../../src/chat/slack/update-pacer.ts';

function pacer(options: { minIntervalMs?: number; perMinute?: number; burst?: number } = {}) {
  const sent: { key: string; value: string; at: number }[] = [];
  const errors: string[] = [];
  const started = Date.now();
  const instance = new UpdatePacer({
    minIntervalMs: options.minIntervalMs ?? 100,
    perMinute: options.perMinute ?? 60_000,
    burst: options.burst ?? 100,
    onError: (error) => errors.push(String(error)),
  });
  const send = (key: string, value: string) =>
    instance.schedule(key, async () => {
      sent.push({ key, value, at: Date.now() - started });
    });
  return { instance, sent, errors, send };
}

describe('UpdatePacer', () => {
  it('sends the first edit at once and coalesces the ones that follow into the latest', async () => {
    const { instance, sent, send } = pacer();

    send('m1', 'a');
    await new Promise((resolve) => setTimeout(resolve, 20));
    send('m1', 'b');
    send('m1', 'c');
    await instance.idle();

    expect(sent.map((s) => s.value)).toEqual(['a', 'c']);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(95);
  });

  it('paces each message on its own', async () => {
    const { instance, sent, send } = pacer();

    send('m1', 'a');
    send('m2', 'b');
    await instance.idle();

    expect(sent.map((s) => s.value).sort()).toEqual(['a', 'b']);
    expect(Math.max(...sent.map((s) => s.at))).toBeLessThan(80);
  });

  it('makes the first edit after a post wait its turn', async () => {
    const { instance, sent, send } = pacer();

    instance.markSent('m1');
    send('m1', 'a');
    await instance.idle();

    expect(sent[0]!.at).toBeGreaterThanOrEqual(95);
  });

  it('keeps to the shared rate across messages', async () => {
    const { instance, sent, send } = pacer({ minIntervalMs: 0, perMinute: 600, burst: 1 });

    for (const key of ['m1', 'm2', 'm3']) send(key, key);
    await instance.idle();

    expect(sent).toHaveLength(3);
    expect(sent[2]!.at - sent[0]!.at).toBeGreaterThanOrEqual(190);
  });

  it('reports a failed edit and carries on', async () => {
    const { instance, errors, sent, send } = pacer({ minIntervalMs: 0 });

    instance.schedule('m1', async () => {
      throw new Error('ratelimited');
    });
    await instance.idle();
    send('m1', 'after');
    await instance.idle();

    expect(errors).toEqual(['Error: ratelimited']);
    expect(sent.map((s) => s.value)).toEqual(['after']);
  });
});
