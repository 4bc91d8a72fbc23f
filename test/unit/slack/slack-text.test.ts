import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/chat/slack/slack-text.ts';

describe('normaliseText', () => {
  it('removes the bot mention, wherever it is', () => {
    expect(normaliseText('<@UATLAS> vm list', 'UATLAS')).toBe('vm list');
    expect(normaliseText('<@UATLAS|atlas>   vm   list', 'UATLAS')).toBe('vm   list');
  });

  it("decodes Slack's entities, ampersand last", () => {
    expect(normaliseText('reject R-7F3K &lt;too big&gt; &amp;lt;', 'UATLAS')).toBe(
      'reject R-7F3K <too big> &lt;',
    );
  });

  it('unwraps links, e-mail addresses, channels and special mentions to what was typed', () => {
    const text =
      'reject R-7F3K see <https://wiki.example.com/x|the wiki> or <https://example.com> ask <mailto:ops@example.com|ops@example.com> in <#C123|ops> <!here> <!subteam^S1|@ops>';

    expect(normaliseText(text)).toBe(
      'reject R-7F3K see the wiki or https://example.com ask ops@example.com in #ops @here @ops',
    );
  });

  it("leaves other people's mentions alone", () => {
    expect(normaliseText('<@UATLAS> approve <@UBOB>', 'UATLAS')).toBe('approve <@UBOB>');
  });
});
