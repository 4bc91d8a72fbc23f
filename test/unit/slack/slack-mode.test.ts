import { describe, expect, it } from 'vitest';
import { slackMode } from '../../../src/cli/slack-adapter.ts';
import { loadConfig } from '../../../src/config/index.ts';

const config = (env: Record<string, string>) => loadConfig({ env, cwd: '/nonexistent-atlas-test-dir' });

describe('which Slack mode the settings ask for', () => {
  it('serves nothing without Slack settings', () => {
    expect(slackMode(config({}))).toBeUndefined();
  });

  it('uses HTTP with a bot token and a signing secret', () => {
    expect(
      slackMode(config({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret-123456' })),
    ).toEqual({
      kind: 'http',
      signingSecret: 'secret-123456',
    });
  });

  it('uses Socket Mode when an app token is set, even with a signing secret', () => {
    expect(
      slackMode(
        config({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1-abc' }),
      ),
    ).toEqual({ kind: 'socket', appToken: 'xapp-1-abc' });
  });

  it('says what is missing when the settings are half there', () => {
    expect(() => slackMode(config({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' }))).toThrow(
      /neither SLACK_SIGNING_SECRET nor SLACK_APP_TOKEN/,
    );
    expect(() => slackMode(config({ SLACK_SIGNING_SECRET: 's' }))).toThrow(/SLACK_BOT_TOKEN is not/);
  });
});
