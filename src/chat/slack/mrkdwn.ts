/** Slack's mrkdwn: escaping, mentions and cutting text to Block Kit's limits. Pure. */

/** Slack reads `&`, `<` and `>` as markup; everything ATLAS shows is escaped first. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Replaces known words (approver ids) by Slack mentions, whole words only. */
export function applyMentions(text: string, mentions: ReadonlyMap<string, string> | undefined): string {
  if (!mentions || mentions.size === 0) return text;
  let result = text;
  for (const [word, mention] of mentions) {
    result = result.replace(new RegExp(`(?<![\\w-])${escapeRegExp(word)}(?![\\w-])`, 'g'), mention);
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text, cut to `max` characters with an ellipsis when it is longer. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

export interface Fitted {
  lines: string[];
  omitted: number;
}

/**
 * As many whole lines as fit in `budget` characters (joined by newlines); a first line that alone is
 * too long is clipped, so something always shows.
 */
export function fitLines(lines: readonly string[], budget: number): Fitted {
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = line.length + (kept.length > 0 ? 1 : 0);
    if (used + cost > budget) break;
    kept.push(line);
    used += cost;
  }
  if (kept.length === 0 && lines.length > 0) kept.push(clip(lines[0] ?? '', budget));
  return { lines: kept, omitted: lines.length - kept.length };
}

export function moreLine(omitted: number, unit: 'line' | 'row'): string {
  return `… and ${omitted} more ${unit}${omitted === 1 ? '' : 's'}`;
}
