import { describe, expect, it } from 'vitest';
import { approverMentions } from '../../../src/chat/slack/approver-mentions.ts';
import { applyMentions, clip, escapeMrkdwn, fitLines, moreLine } from '../../../src/chat/slack/mrkdwn.ts';

describe('mrkdwn helpers', () => {
  it('escapes what Slack reads as markup', () => {
    expect(escapeMrkdwn('a <b> & <!here>')).toBe('a &lt;b&gt; &amp; &lt;!here&gt;');
  });

  it('turns configured approvers into mentions, whole words only', () => {
    const mentions = approverMentions([
      'slack:UBOB',
      'slack:group:S0614TZR7',
      'console:carol',
      'discord:123',
      '*',
    ]);

    expect([...mentions]).toEqual([
      ['UBOB', '<@UBOB>'],
      ['group S0614TZR7', '<!subteam^S0614TZR7>'],
    ]);
    expect(applyMentions('Approvers: UBOB, group S0614TZR7. Not UBOBBY or x-UBOB.', mentions)).toBe(
      'Approvers: <@UBOB>, <!subteam^S0614TZR7>. Not UBOBBY or x-UBOB.',
    );
  });

  it('fits whole lines into a budget and says how many were left out', () => {
    expect(fitLines(['aaaa', 'bbbb', 'cccc'], 9)).toEqual({ lines: ['aaaa', 'bbbb'], omitted: 1 });
    expect(fitLines(['x'.repeat(20)], 5)).toEqual({ lines: ['xxxx…'], omitted: 0 });
    expect(moreLine(1, 'row')).toBe('… and 1 more row');
    expect(moreLine(23, 'line')).toBe('… and 23 more lines');
  });

  it('clips long text with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});
