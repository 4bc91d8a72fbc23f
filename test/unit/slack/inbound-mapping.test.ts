import { describe, expect, it } from 'vitest';
import {
  buttonAction,
  commandMessage,
  mentionMessage,
  pressThread,
  slackUserId,
} from '../../../src/chat/slack/inbound-mapping.ts';
import { ButtonPress, MentionEnvelope, SlashCommand } from '../../../src/chat/slack/inbound-payloads.ts';

const alice = { id: 'slack:UALICE', name: 'alice' };

describe('Slack payloads as neutral messages and actions', () => {
  it('answers a mention in a new thread under the message, with the event id as the de-duplication key', () => {
    const envelope = MentionEnvelope.parse({
      event_id: 'Ev01',
      event: {
        type: 'app_mention',
        user: 'UALICE',
        text: '<@UATLAS> vm list',
        channel: 'C1',
        ts: '1.000100',
      },
    });

    const message = mentionMessage(envelope, alice, 'UATLAS');

    expect(message).toEqual({
      eventId: 'slack:Ev01',
      thread: { platform: 'slack', channel: 'C1', thread: '1.000100' },
      user: alice,
      text: 'vm list',
    });
  });

  it('continues the thread a mention was typed in', () => {
    const envelope = MentionEnvelope.parse({
      event_id: 'Ev02',
      event: { type: 'app_mention', user: 'UALICE', text: 'hi', channel: 'C1', ts: '2.0', thread_ts: '1.0' },
    });

    expect(mentionMessage(envelope, alice).thread.thread).toBe('1.0');
  });

  it('keys a slash command by its trigger id', () => {
    const command = SlashCommand.parse({
      command: '/atlas',
      text: 'vm create web-01 &lt;x&gt;',
      user_id: 'UALICE',
      channel_id: 'C1',
      trigger_id: '123.456',
    });

    const message = commandMessage(command, alice, { platform: 'slack', channel: 'C1', thread: '9.0' });

    expect(message.eventId).toBe('slack:command:123.456');
    expect(message.text).toBe('vm create web-01 <x>');
  });

  it('places a button press in the thread of the card and carries its value', () => {
    const press = ButtonPress.parse({
      type: 'block_actions',
      trigger_id: 'T9',
      user: { id: 'UBOB', username: 'bob' },
      channel: { id: 'C1' },
      message: { ts: '3.0', thread_ts: '1.0' },
      actions: [{ action_id: 'atlas_approve', value: 'approve:R-7F3K:0123456789ab' }],
    });
    const thread = pressThread(press)!;

    const action = buttonAction(press, { id: 'slack:UBOB' }, thread);

    expect(action).toEqual({
      eventId: 'slack:action:T9',
      thread: { platform: 'slack', channel: 'C1', thread: '1.0' },
      user: { id: 'slack:UBOB' },
      value: 'approve:R-7F3K:0123456789ab',
    });
  });

  it('has no thread for a press without a channel', () => {
    const press = ButtonPress.parse({
      type: 'block_actions',
      trigger_id: 'T9',
      user: { id: 'UBOB' },
      message: { ts: '3.0' },
      actions: [{ action_id: 'atlas_approve' }],
    });

    expect(pressThread(press)).toBeUndefined();
  });

  it('reads the Slack id back out of an ATLAS user id', () => {
    expect(slackUserId({ id: 'slack:W0123ABC' })).toBe('W0123ABC');
  });
});
