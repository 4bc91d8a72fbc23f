/**
 * How people address ATLAS before the command: `/atlas`, `atlas`, `@atlas`, or a platform mention
 * (`<@U024BE7LH>`, `<@!80351110224678912>`, `<@U024BE7LH|atlas>`), optionally followed by `,` or `:`.
 */
const ADDRESS = /^\s*(?:<@[!&]?[A-Za-z0-9]+(?:\|[^>]*)?>|[@/]?atlas(?=[\s,:]|$))[\s,:]*/i;

/** The text with every leading address removed (`@atlas /atlas vm list` → `vm list`). */
export function stripAddress(text: string): string {
  let rest = text;
  for (let i = 0; i < 3; i += 1) {
    const match = ADDRESS.exec(rest);
    if (!match) break;
    rest = rest.slice(match[0].length);
  }
  return rest.trim();
}
