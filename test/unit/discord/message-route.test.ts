import { describe, expect, it } from 'vitest';
import { type MessageFacts, routeMessage } from '../../../src/chat/discord/message-route.ts';
import { threadName } from '../../../src/chat/discord/thread-refs.ts';

const BOT = '900000000000000001';
const base: MessageFacts = {
  id: '500000000000000001',
  content: `<@${BOT}> vm list`,
  authorIsBot: false,
  system: false,
  mentionsBot: true,
  channel: { id: '100000000000000001', kind: 'channel' },
};

describe('which messages are for ATLAS, and where their conversation is', () => {
  it('starts a thread on a mention in a channel, with the mention taken out', () => {
    expect(routeMessage(base, BOT)).toEqual({
      kind: 'start',
      channelId: '100000000000000001',
      messageId: '500000000000000001',
      text: 'vm list',
    });
  });

  it('ignores channel messages without a mention, and every bot and system message', () => {
    expect(routeMessage({ ...base, mentionsBot: false, content: 'vm list' }, BOT)).toBeUndefined();
    expect(routeMessage({ ...base, authorIsBot: true }, BOT)).toBeUndefined();
    expect(routeMessage({ ...base, system: true }, BOT)).toBeUndefined();
  });

  it('continues in ATLAS’s own threads without a mention, in others only when mentioned', () => {
    const ours = {
      id: '300000000000000001',
      kind: 'thread' as const,
      parentId: '100000000000000001',
      ownerId: BOT,
    };
    const theirs = { ...ours, ownerId: '700000000000000001' };
    const thread = { platform: 'discord', channel: '100000000000000001', thread: '300000000000000001' };

    expect(routeMessage({ ...base, mentionsBot: false, content: 'approve', channel: ours }, BOT)).toEqual({
      kind: 'continue',
      thread,
      text: 'approve',
    });
    expect(
      routeMessage({ ...base, mentionsBot: false, content: 'lunch?', channel: theirs }, BOT),
    ).toBeUndefined();
    expect(routeMessage({ ...base, content: `hey <@!${BOT}> vm list`, channel: theirs }, BOT)).toMatchObject({
      kind: 'continue',
      text: 'hey  vm list',
    });
  });

  it('treats a direct message as its own conversation', () => {
    const dm = { id: '200000000000000001', kind: 'dm' as const };

    expect(routeMessage({ ...base, mentionsBot: false, content: 'help', channel: dm }, BOT)).toEqual({
      kind: 'continue',
      thread: { platform: 'discord', channel: dm.id, thread: dm.id },
      text: 'help',
    });
  });

  it('names threads after what was asked, within Discord’s 100 characters', () => {
    expect(threadName('vm create web-01 --cores 2\nsecond line')).toBe('ATLAS: vm create web-01 --cores 2');
    expect(threadName('')).toBe('ATLAS');
    expect(threadName('x'.repeat(300))).toHaveLength(100);
  });
});
