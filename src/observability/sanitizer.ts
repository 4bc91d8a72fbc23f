/**
 * Scrubs secrets out of text before it reaches a log line, a chat message or an audit entry.
 * Secrets ATLAS knows (tokens from its configuration) are registered once, with the encoded forms
 * they tend to appear in; well-known token shapes are scrubbed even when nobody registered them.
 */
export const MASK = '***';

/** Shorter values are too likely to match ordinary words; registering them would mangle output. */
export const MIN_SECRET_LENGTH = 6;

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Token shapes and what replaces them: the non-secret prefix stays, so a reader knows which token it was. */
const TOKEN_SHAPES: readonly { pattern: RegExp; replacement: string }[] = [
  // Slack bot, user, app-level, refresh and configuration tokens.
  { pattern: /\b(xox[abeoprs])-[A-Za-z0-9-]{8,}/g, replacement: `$1-${MASK}` },
  { pattern: /\bxapp-[A-Za-z0-9-]{8,}/g, replacement: `xapp-${MASK}` },
  // OpenAI keys (sk-..., sk-proj-...). The length floor keeps `sk-ssh-ed25519@openssh.com` key types intact.
  { pattern: /\bsk-[A-Za-z0-9_-]{32,}/g, replacement: `sk-${MASK}` },
  // Proxmox API tokens: the token id (user@realm!name) is not secret, the UUID after it is.
  { pattern: new RegExp(`(PVEAPIToken=[^\\s=]+)=${UUID}`, 'g'), replacement: `$1=${MASK}` },
  { pattern: new RegExp(`([\\w.-]+@[\\w.-]+![\\w.-]+)=${UUID}`, 'g'), replacement: `$1=${MASK}` },
  // HTTP credentials in headers or anywhere else they were copied to.
  { pattern: /\b(Bearer|Bot|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, replacement: `$1 ${MASK}` },
  // Discord: interaction and webhook tokens in URLs, and bot tokens (base64 user id . timestamp . hmac).
  { pattern: /(\/(?:webhooks|interactions)\/\d{15,22}\/)[A-Za-z0-9._-]{20,}/g, replacement: `$1${MASK}` },
  { pattern: /\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}\b/g, replacement: MASK },
  // Passwords in connection URLs: redis://:pw@host, postgres://user:pw@host.
  { pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*):[^\s@/]+@/gi, replacement: `$1:${MASK}@` },
];

export class Sanitizer {
  /** Every registered form, longest first, so a longer form is never left half-replaced. */
  #forms: string[] = [];

  /** Registers a secret and its base64, base64url and URL-encoded forms. Short values are ignored. */
  register(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
    const forms = new Set(this.#forms);
    for (const form of encodedForms(secret)) forms.add(form);
    this.#forms = [...forms].sort((a, b) => b.length - a.length);
  }

  /** The text with every registered secret form and every known token shape replaced by `***`. */
  sanitize(text: string): string {
    let result = text;
    for (const form of this.#forms) {
      if (result.includes(form)) result = result.split(form).join(MASK);
    }
    for (const { pattern, replacement } of TOKEN_SHAPES) result = result.replace(pattern, replacement);
    return result;
  }

  /** How many forms are registered; for diagnostics and tests. */
  get size(): number {
    return this.#forms.length;
  }
}

function encodedForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const base64 = bytes.toString('base64');
  const forms = [
    secret,
    base64,
    base64.replace(/=+$/, ''),
    bytes.toString('base64url'),
    encodeURIComponent(secret),
    // Form bodies encode spaces as '+'.
    encodeURIComponent(secret).replace(/%20/g, '+'),
  ];
  return forms.filter((form) => form.length >= MIN_SECRET_LENGTH);
}

/** The process-wide sanitizer: the composition root registers configured secrets into it once. */
export const defaultSanitizer = new Sanitizer();
