import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/chat/discord/render-message.ts';
import { decodeButton, type ThreadView } from '../../../src/domain/thread-view.ts';
import { SAMPLE_VIEWS } from './sample-views.ts';

const GOLDEN = new URL('../../golden/discord/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: unknown): unknown {
  const file = new URL(`${name}.json`, GOLDEN);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (UPDATE) writeFileSync(file, text);
  if (!existsSync(file))
    throw new Error(`no golden file ${name}.json: run with UPDATE_GOLDEN=1 and review it`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('Discord renderer: golden files (UPDATE_GOLDEN=1 rewrites them)', () => {
  for (const [name, view] of Object.entries(SAMPLE_VIEWS)) {
    it(`renders ${name} as test/golden/discord/${name}.json`, () => {
      const rendered = renderMessage(view);

      expect(rendered).toEqual(golden(name, rendered));
    });
  }
});

describe('Discord renderer: rules', () => {
  it('gives the plan card a green Approve and a red Reject whose custom_id is the button value only', () => {
    const view = SAMPLE_VIEWS['plan-pending'] as ThreadView;

    const [row] = renderMessage(view).components;

    expect(row?.components.map((b) => [b.label, b.style])).toEqual([
      ['Approve', 3],
      ['Reject', 4],
    ]);
    for (const button of row?.components ?? []) {
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect(decodeButton(button.custom_id)).toMatchObject({ requestId: 'R-7F3K', planHash: '0123456789ab' });
    }
  });

  it('shows approver ids as mentions that ping nobody', () => {
    const rendered = renderMessage(SAMPLE_VIEWS['plan-pending'] as ThreadView);

    expect(rendered.embeds[0]?.description).toContain(
      'Approvers: <@80351110224678912>, <@&1234567890123456789>',
    );
    expect(rendered.allowed_mentions).toEqual({ parse: [] });
  });

  it('keeps a huge view inside Discord limits with its code block closed', () => {
    const view: ThreadView = {
      kind: 'notice',
      tone: 'neutral',
      title: 't'.repeat(400),
      text: 'x'.repeat(5000),
      code: Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n'),
      fields: Array.from({ length: 40 }, (_, i) => ({ label: `f${i}`, value: 'v'.repeat(1500) })),
      visibility: 'thread',
    };

    const [embed] = renderMessage(view).embeds;

    expect(embed?.title?.length).toBe(256);
    expect(embed?.description?.length).toBeLessThanOrEqual(4096);
    expect((embed?.description?.match(/```/g) ?? []).length).toBe(2);
    const total =
      (embed?.title?.length ?? 0) +
      (embed?.description?.length ?? 0) +
      (embed?.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    expect(embed?.fields?.every((f) => f.value.length <= 1024)).toBe(true);
  });
});
