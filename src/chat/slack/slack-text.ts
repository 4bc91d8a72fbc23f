/**
 * Slack message text as a person typed it: Slack escapes `&`, `<` and `>`, wraps links, e-mail addresses,
 * channels and mentions in `<...>`, and the message names the bot. The grammar sees none of that. Pure.
 */
export function normaliseText(text: string, botUserId?: string): string {
  let result = text;
  if (botUserId) result = result.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  result = result
    // <mailto:a@example.com|a@example.com>, <https://example.com|label> → the label
    .replace(/<(?:mailto:|https?:\/\/)[^|>]*\|([^>]*)>/g, '$1')
    // <mailto:a@example.com>, <https://example.com> → the address
    .replace(/<mailto:([^>]*)>/g, '$1')
    .replace(/<(https?:\/\/[^>]*)>/g, '$1')
    // <#C123|general> → #general, <!here> → @here, <!subteam^S123|@ops> → @ops
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
  return result.trim();
}
