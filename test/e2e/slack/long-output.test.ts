import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackPlatform } from '../../../src/chat/slack/slack-platform.ts';
import { UpdatePacer } from '../../../src/chat/slack/update-pacer.ts';
import type { ThreadView } from '../../../src/domain/thread-view.ts';
import { silentLogger } from '../../support/memory-ports.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { FAST_RETRY } from './slack-bot.ts';

describe('Slack platform: output longer than Block Kit allows', () => {
  let api: FakeSlackApi;
  let platform: SlackPlatform;
  beforeAll(async () => {
    api = await FakeSlackApi.start();
    const client = new webApi.WebClient('xoxb-test-token-1', {
      slackApiUrl: api.apiUrl,
      retryConfig: FAST_RETRY,
    });
    const pacer = new UpdatePacer({
      minIntervalMs: 1000,
      perMinute: 50,
      burst: 10,
      onError: () => undefined,
    });
    platform = new SlackPlatform({ client, pacer, logger: silentLogger });
  });
  afterAll(async () => {
    await api.close();
  });

  it('shortens a long plan with "… and N more lines" and attaches the whole text to the thread', async () => {
    const lines = Array.from(
      { length: 120 },
      (_, i) => `+ web-${String(i).padStart(3, '0')}  vmid ${100 + i} on pve1  2 cores, 2 GiB memory`,
    );
    const view: ThreadView = {
      kind: 'plan',
      tone: 'pending',
      title: 'Plan R-7F3K: create 120 VMs',
      code: lines.join('\n'),
      visibility: 'thread',
    };
    const thread = { platform: 'slack' as const, channel: 'C0OPS', thread: '1760000000.000001' };

    await platform.post(thread, view);

    const posted = api.callsOf('chat.postMessage')[0]!;
    const blocks = JSON.parse(String(posted.args.blocks)) as { text?: { text: string } }[];
    const code = blocks.map((b) => b.text?.text ?? '').find((t) => t.startsWith('```'))!;
    expect(code.length).toBeLessThanOrEqual(3000);
    const shown = code.split('\n').filter((l) => l.startsWith('+ ')).length;
    expect(code).toContain(`… and ${120 - shown} more lines`);
    expect(posted.args.thread_ts).toBe(thread.thread);
    expect(api.callsOf('files.completeUploadExternal')[0]?.args).toMatchObject({
      channel_id: 'C0OPS',
      thread_ts: thread.thread,
    });
    expect(api.state.files[0]?.filename).toBe('plan-r-7f3k-create-120-vms.txt');
    expect(api.state.files[0]?.content).toContain(lines.at(-1));
  });

  it('keeps the message when the attachment cannot be uploaded', async () => {
    api.fail('files.getUploadURLExternal', { error: 'missing_scope' });
    const view: ThreadView = {
      kind: 'table',
      tone: 'neutral',
      title: 'VMs',
      table: { columns: ['name'], rows: Array.from({ length: 400 }, (_, i) => [`vm-${i}`]) },
      visibility: 'thread',
    };

    const ref = await platform.post(
      { platform: 'slack', channel: 'C0OPS', thread: '1760000000.000001' },
      view,
    );

    expect(ref.id).toMatch(/^\d+\.\d+$/);
    expect(api.state.find('C0OPS', ref.id)?.versions[0]?.blocks).toHaveLength(2);
  });
});
