import { usage } from './usage.ts';

/** One word of a command. `quoted` (it began with a quote) tells `--ssh-key "ssh-ed25519 AAAA"` from `--ssh-key ssh-ed25519 AAAA`. */
export interface Token {
  text: string;
  quoted: boolean;
}

/** Chat apps turn quotes into typographic ones; they mean the same here. */
const QUOTES: Record<string, '"' | "'"> = {
  '"': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  "'": "'",
  '‘': "'",
  '’': "'",
};

/**
 * Splits a command line into words. Single or double quotes group words; inside double quotes
 * `\"` and `\\` escape. A word typed with an em or en dash (`—memory`, as some keyboards autocorrect
 * `--`) reads as `--memory`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | undefined;
  let open: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (open !== undefined) {
      if (QUOTES[ch] === open) open = undefined;
      else if (open === '"' && ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
        i += 1;
        (current as Token).text += text[i];
      } else (current as Token).text += ch;
    } else if (/\s/.test(ch)) {
      if (current) tokens.push(current);
      current = undefined;
    } else {
      current ??= { text: '', quoted: QUOTES[ch] !== undefined };
      if (QUOTES[ch]) open = QUOTES[ch];
      else current.text += ch;
    }
  }
  if (open !== undefined) {
    throw usage('unclosedQuote', open);
  }
  if (current) tokens.push(current);
  return tokens.map(fixDash);
}

function fixDash(token: Token): Token {
  if (token.quoted || !/^[—–]/.test(token.text)) return token;
  return { text: `--${token.text.slice(1)}`, quoted: false };
}
