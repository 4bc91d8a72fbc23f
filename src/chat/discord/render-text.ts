/** Text pieces of a Discord message: mentions, code blocks, aligned tables, cut to Discord's limits. Pure. */

/** Discord ids (snowflakes) are 17-20 digits; VMIDs, sizes and times never are. */
const SNOWFLAKE = /(group )?\b(\d{17,20})\b/g;

/**
 * Bare Discord ids in core text (`Approvers: 80351110224678912, group 1234…`) as mentions, so Discord
 * shows the person's or role's name. Messages are sent with no allowed mentions, so nobody is pinged.
 */
export function mentionIds(text: string): string {
  return text.replace(SNOWFLAKE, (_match, group: string | undefined, id: string) =>
    group ? `<@&${id}>` : `<@${id}>`,
  );
}

/** At most `max` characters; a cut text ends with `…`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** A fenced code block whose whole text, fences included, is at most `max` characters. */
export function codeBlock(content: string, max: number): string {
  const safe = content.replaceAll('```', '`\u200b``');
  const room = Math.max(0, max - 8);
  if (safe.length <= room) return `\`\`\`\n${safe}\n\`\`\``;
  const lines: string[] = [];
  let used = 2;
  for (const line of safe.split('\n')) {
    if (used + line.length + 1 > room) break;
    lines.push(line);
    used += line.length + 1;
  }
  if (lines.length === 0) lines.push(safe.slice(0, Math.max(0, room - 2)));
  return `\`\`\`\n${lines.join('\n')}\n…\n\`\`\``;
}

/** Short lines under a message, in Discord's small grey subtext. */
export function subtext(lines: readonly string[]): string {
  return lines.map((line) => `-# ${mentionIds(line.replace(/\n/g, ' '))}`).join('\n');
}
