import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EVENTS_PATH } from '../../../src/chat/slack/slack-receiver.ts';

interface Manifest {
  features: { slash_commands: { command: string; url: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(
  readFileSync(join(import.meta.dirname, '../../../manifests/slack-app.yaml'), 'utf8'),
) as Manifest;

describe('manifests/slack-app.yaml matches what the adapter does', () => {
  it('subscribes to mentions and sends everything to the events path', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    for (const url of [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ])
      expect(new URL(url).pathname).toBe(EVENTS_PATH);
  });

  it('defines /atlas and asks for the scopes of every Web API method ATLAS calls', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/atlas']);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'usergroups:read', 'users:read'].sort(),
    );
  });

  it('ships in HTTP mode, with Socket Mode one switch away', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});
