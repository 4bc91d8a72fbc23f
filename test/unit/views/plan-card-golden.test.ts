import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/chat/discord/render-message.ts';
import { approverMentions } from '../../../src/chat/slack/approver-mentions.ts';
import { renderBlocks } from '../../../src/chat/slack/render-blocks.ts';
import { planCard } from '../../../src/core/views/plan-card.ts';
import { audit, plan, request } from '../slack/view-fixtures.ts';

// The Italian plan card as each platform shows it. After an intended change:
// UPDATE_GOLDEN=1 npx vitest run test/unit/views/plan-card-golden.test.ts
const GOLDEN = join(import.meta.dirname, '../../golden');

function golden(file: string, actual: unknown): unknown {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(path)) throw new Error(`no golden file ${file}: run with UPDATE_GOLDEN=1 and review it`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The Italian pending plan card, with approvers as each platform names them. */
function italianCard(approvers: string) {
  return planCard(request(1, { language: 'it' }), plan(1), audit.slice(0, 2), approvers);
}

describe('Italian plan card golden files', () => {
  it('renders on Slack as test/golden/slack/plan-pending-it.json', () => {
    const mentions = approverMentions(['slack:UBOB', 'slack:group:S0614TZR7']);

    const rendered = renderBlocks(italianCard('UBOB, group S0614TZR7'), { mentions });

    expect(rendered).toEqual(golden('slack/plan-pending-it.json', rendered));
  });

  it('renders on Discord as test/golden/discord/plan-pending-it.json', () => {
    const rendered = renderMessage(italianCard('80351110224678912, group 1234567890123456789'));

    expect(rendered).toEqual(golden('discord/plan-pending-it.json', rendered));
  });
});
