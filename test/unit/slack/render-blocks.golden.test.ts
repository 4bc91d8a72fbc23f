import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approverMentions } from '../../../src/chat/slack/approver-mentions.ts';
import { LIMITS } from '../../../src/chat/slack/block-kit.ts';
import { renderBlocks } from '../../../src/chat/slack/render-blocks.ts';
import { VIEW_SAMPLES } from './view-samples.ts';

// Golden Block Kit for every ThreadView kind. After an intended change: UPDATE_GOLDEN=1 npx vitest run test/unit/slack
const GOLDEN = join(import.meta.dirname, '../../golden/slack');
const mentions = approverMentions(['slack:UBOB', 'slack:group:S0614TZR7']);

describe('renderBlocks golden files', () => {
  for (const [name, view] of Object.entries(VIEW_SAMPLES)) {
    it(`renders ${name} as in test/golden/slack/${name}.json`, () => {
      const rendered = renderBlocks(view, { mentions });

      const file = join(GOLDEN, `${name}.json`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, `${JSON.stringify(rendered, null, 2)}\n`);
      expect(rendered).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });

    it(`keeps ${name} within Block Kit's limits`, () => {
      const { blocks } = renderBlocks(view, { mentions });

      expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      for (const block of blocks) {
        if (block.type === 'section' && block.text)
          expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
        if (block.type === 'section' && block.fields)
          expect(block.fields.length).toBeLessThanOrEqual(LIMITS.fieldsPerSection);
        if (block.type === 'context')
          expect(block.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
      }
    });
  }
});
