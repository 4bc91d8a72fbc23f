import { describe, expect, it } from 'vitest';
import {
  describeSlackError,
  isChannelProblem,
  slackErrorCode,
} from '../../../src/chat/slack/slack-api-error.ts';

const platformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), { data: { ok: false, error } });

describe('Web API errors as errors a person can act on', () => {
  it('says how to fix a channel ATLAS is not in', () => {
    const error = describeSlackError(platformError('not_in_channel'), 'posting a message', 'C1');

    expect(error.code).toBe('config');
    expect(error.message).toBe(
      'Slack refused posting a message in channel C1: ATLAS is not a member of that channel (not_in_channel).',
    );
    expect(error.hint).toMatch(/\/invite @ATLAS/);
    expect(isChannelProblem('channel_not_found')).toBe(true);
  });

  it('points at the token when Slack rejects it', () => {
    const error = describeSlackError(platformError('invalid_auth'), 'posting a message', 'C1');

    expect(error.code).toBe('config');
    expect(error.hint).toMatch(/SLACK_BOT_TOKEN/);
  });

  it('treats anything else as passing trouble', () => {
    const error = describeSlackError(new Error('socket hang up'), 'editing a message', 'C1');

    expect(error.code).toBe('transient');
    expect(slackErrorCode(new Error('x'))).toBeUndefined();
  });
});
