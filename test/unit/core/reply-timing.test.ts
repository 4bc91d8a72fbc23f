import { describe, expect, it } from 'vitest';
import { handleAction } from '../../../src/core/handle-action.ts';
import { handleMessage } from '../../../src/core/handle-message.ts';
import { alice, coreWorld, thread } from '../../support/core-world.ts';

describe('reply timing (atlas_chat_reply_seconds)', () => {
  it('tells how long each message and each button press took, once each, errors included', async () => {
    const world = coreWorld();
    const told: number[] = [];
    const deps = { ...world.deps, onReplied: (seconds: number) => told.push(seconds) };

    await handleMessage(deps, world.say(alice, '/atlas vm list'));
    await handleMessage(deps, world.say(alice, '/atlas vm frobnicate'));
    await handleAction(deps, { eventId: 'b1', thread, user: alice, value: 'nonsense' });

    expect(told).toHaveLength(3);
    expect(told.every((seconds) => seconds >= 0)).toBe(true);
  });

  it('does not count a duplicate delivery as a reply of its own', async () => {
    const world = coreWorld();
    const told: number[] = [];
    const deps = { ...world.deps, onReplied: (seconds: number) => told.push(seconds) };
    const message = world.say(alice, '/atlas vm list');

    const first = await handleMessage(deps, message);
    const again = await handleMessage(deps, message);

    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(told).toHaveLength(1);
  });
});
