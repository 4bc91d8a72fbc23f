import { AtlasError } from '../domain/errors.ts';

/**
 * HCL literals for values ATLAS writes into generated Terraform. Strings become quoted template
 * literals in which nothing is interpreted: quotes, backslashes and control characters are escaped, and
 * the template introducers `${` and `%{` are doubled (`$${`, `%%{`), which HCL reads as the literal text.
 */
export function hclString(value: string): string {
  let out = '';
  for (const char of value) out += escapeChar(char);
  // A replacer function, not a string: in a replacement string `$$` would mean a single `$`.
  return `"${out.replaceAll(/([$%])\{/g, (_, sigil: string) => `${sigil}${sigil}{`)}"`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function escapeChar(char: string): string {
  const named = ESCAPES[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  // Other C0 controls, DEL and C1 controls, and the line/paragraph separators.
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return char;
}

export type HclLiteral = string | number | boolean | readonly HclLiteral[];

/** Any value a template may print: a string, a safe integer, a boolean, or a list of them. */
export function hclValue(value: unknown): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    throw refused(`the number ${value}`);
  }
  if (Array.isArray(value)) return `[${value.map(hclValue).join(', ')}]`;
  throw refused(value === undefined || value === null ? `an empty value (${value})` : `a ${typeof value}`);
}

function refused(what: string): AtlasError {
  return new AtlasError('internal', `Generating Terraform: ${what} cannot be written as an HCL literal.`, {
    hint: 'This is a bug in a template or its variables; report it with the request id.',
  });
}
