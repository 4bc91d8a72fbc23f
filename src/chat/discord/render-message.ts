import type {
  APIActionRowComponent,
  APIAllowedMentions,
  APIButtonComponentWithCustomId,
  APIEmbed,
} from 'discord.js';
import { tableLines } from '../../domain/table-lines.ts';
import type { ThreadView } from '../../domain/thread-view.ts';
import { renderButtons } from './render-buttons.ts';
import { clip, codeBlock, mentionIds, subtext } from './render-text.ts';

/** A message as Discord's REST API takes it (channel messages, webhooks, interaction replies). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowed_mentions: APIAllowedMentions;
}

const COLOR: Record<ThreadView['tone'], number> = {
  neutral: 0x95a5a6,
  pending: 0x3498db,
  success: 0x57f287,
  danger: 0xed4245,
  warning: 0xfee75c,
};

/** Discord's limits for one embed. */
const LIMIT = { title: 256, description: 4096, fields: 25, name: 256, value: 1024, total: 6000 };

/**
 * A ThreadView as one Discord message: an embed (title, text, fields, table and code as monospaced
 * blocks, context lines as subtext) and its buttons. Mentions never ping. Pure.
 */
export function renderMessage(view: ThreadView): DiscordMessage {
  const embed: APIEmbed = {
    title: clip(view.title, LIMIT.title),
    color: COLOR[view.tone],
  };
  const description = describe(view);
  if (description) embed.description = description;
  const fields = renderFields(view, LIMIT.total - (embed.title?.length ?? 0) - description.length);
  if (fields.length > 0) embed.fields = fields;
  return {
    embeds: [embed],
    components: renderButtons(view.buttons ?? []),
    allowed_mentions: { parse: [] },
  };
}

/** Text, then table, then code, then context: the blocks share the description's 4096 characters. */
function describe(view: ThreadView): string {
  const blocks = [view.table && tableLines(view.table.columns, view.table.rows).join('\n'), view.code].filter(
    (b): b is string => Boolean(b),
  );
  const context = view.context?.length ? clip(subtext(view.context), 800) : '';
  const text = view.text ? clip(mentionIds(view.text), blocks.length > 0 ? 1500 : 3200) : '';
  const room = Math.floor(
    (LIMIT.description - text.length - context.length - 8) / Math.max(1, blocks.length),
  );
  const parts = [text, ...blocks.map((b) => codeBlock(b, room)), context].filter((p) => p !== '');
  return clip(parts.join('\n\n'), LIMIT.description);
}

function renderFields(view: ThreadView, room: number): NonNullable<APIEmbed['fields']> {
  const fields: NonNullable<APIEmbed['fields']> = [];
  let left = room;
  for (const field of (view.fields ?? []).slice(0, LIMIT.fields)) {
    const name = clip(field.label || '\u200b', LIMIT.name);
    const value = clip(mentionIds(field.value) || '\u200b', LIMIT.value);
    if (name.length + value.length > left) break;
    left -= name.length + value.length;
    fields.push({ name, value, inline: value.length <= 40 });
  }
  return fields;
}
