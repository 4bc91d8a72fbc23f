import { tableLines } from '../../domain/table-lines.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { encodeButton } from '../../domain/thread-view.ts';
import {
  type ActionsBlock,
  type ContextBlock,
  LIMITS,
  mrkdwn,
  type SectionBlock,
  type SlackBlock,
  type SlackMessage,
} from './block-kit.ts';
import { applyMentions, clip, escapeMrkdwn, fitLines, moreLine } from './mrkdwn.ts';

export interface RenderOptions {
  /** Words to show as Slack mentions: approver ids (`U024BE7LH` → `<@U024BE7LH>`). */
  mentions?: ReadonlyMap<string, string>;
}

const MARK: Record<ThreadView['tone'], string> = {
  neutral: '',
  pending: ':hourglass_flowing_sand: ',
  success: ':white_check_mark: ',
  danger: ':x: ',
  warning: ':warning: ',
};

/** Room left in a section for the "… and N more lines" note and a code fence. */
const NOTE_ROOM = 48;

/** Block Kit for a ThreadView: title, text, fields, table, code, buttons, context lines. Pure. */
export function renderBlocks(view: ThreadView, options: RenderOptions = {}): SlackMessage {
  const say = (text: string) => applyMentions(escapeMrkdwn(text), options.mentions);
  const cut: string[] = [];
  const blocks: SlackBlock[] = [section(clip(`${MARK[view.tone]}*${say(view.title)}*`, LIMITS.sectionText))];
  if (view.text) blocks.push(textSection(view.text.split('\n').map(say), cut, view.text));
  if (view.fields && view.fields.length > 0) blocks.push(...fieldSections(view.fields, say));
  if (view.table) {
    const lines = tableLines(view.table.columns, view.table.rows);
    blocks.push(codeSection(lines, 'row', cut, lines.join('\n')));
  }
  if (view.code) blocks.push(codeSection(view.code.split('\n'), 'line', cut, view.code));
  if (view.buttons && view.buttons.length > 0) blocks.push(actions(view.buttons));
  if (view.context && view.context.length > 0) blocks.push(...contextBlocks(view.context.map(say)));
  return {
    text: clip(view.title, LIMITS.messageText),
    blocks: capBlocks(blocks),
    ...(cut.length > 0 ? { attachment: attachment(view.title, cut) } : {}),
  };
}

function section(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

function textSection(lines: string[], cut: string[], original: string): SectionBlock {
  const fitted = fitLines(lines, LIMITS.sectionText - NOTE_ROOM);
  if (fitted.omitted === 0) return section(fitted.lines.join('\n'));
  cut.push(original);
  return section(`${fitted.lines.join('\n')}\n_${moreLine(fitted.omitted, 'line')}_`);
}

/** A code block (a table's column names come first, so they always show). */
function codeSection(lines: string[], unit: 'line' | 'row', cut: string[], original: string): SectionBlock {
  const fitted = fitLines(lines.map(escapeMrkdwn), LIMITS.sectionText - NOTE_ROOM);
  const code = `\`\`\`\n${fitted.lines.join('\n')}\n\`\`\``;
  if (fitted.omitted === 0) return section(code);
  cut.push(original);
  return section(`${code}\n_${moreLine(fitted.omitted, unit)}_`);
}

function fieldSections(
  fields: NonNullable<ThreadView['fields']>,
  say: (t: string) => string,
): SectionBlock[] {
  const texts = fields.map((f) => mrkdwn(clip(`*${say(f.label)}*\n${say(f.value)}`, LIMITS.fieldText)));
  const sections: SectionBlock[] = [];
  for (let i = 0; i < texts.length; i += LIMITS.fieldsPerSection)
    sections.push({ type: 'section', fields: texts.slice(i, i + LIMITS.fieldsPerSection) });
  return sections;
}

function actions(buttons: NonNullable<ThreadView['buttons']>): ActionsBlock {
  return {
    type: 'actions',
    block_id: 'atlas_decision',
    elements: buttons.map((button) => ({
      type: 'button',
      action_id: `atlas_${button.value.action}`,
      text: { type: 'plain_text', text: clip(button.label, LIMITS.buttonText) },
      value: encodeButton(button.value),
      ...(button.style === 'default' ? {} : { style: button.style }),
    })),
  };
}

function contextBlocks(lines: string[]): ContextBlock[] {
  const blocks: ContextBlock[] = [];
  for (let i = 0; i < lines.length; i += LIMITS.contextElements) {
    const elements = lines.slice(i, i + LIMITS.contextElements);
    blocks.push({ type: 'context', elements: elements.map((l) => mrkdwn(clip(l, LIMITS.fieldText))) });
  }
  return blocks;
}

function capBlocks(blocks: SlackBlock[]): SlackBlock[] {
  if (blocks.length <= LIMITS.blocks) return blocks;
  const kept = blocks.slice(0, LIMITS.blocks - 1);
  const omitted = blocks.length - kept.length;
  return [...kept, { type: 'context', elements: [mrkdwn(`_… and ${omitted} more blocks_`)] }];
}

function attachment(title: string, parts: string[]): NonNullable<SlackMessage['attachment']> {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return { filename: `${slug || 'atlas'}.txt`, title: clip(title, 200), content: parts.join('\n\n') };
}
