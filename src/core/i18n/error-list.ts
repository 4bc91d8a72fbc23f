import { AtlasError } from '../../domain/errors.ts';

type Told = { message: string; hint: string | undefined };

/**
 * Several errors told as one, the way `vm create` reports its validation findings: the first error in
 * full, the others as `- message hint` lines under its hint. `tell` gives an error's words in a language.
 */
export function tellList(
  first: AtlasError,
  more: readonly AtlasError[],
  tell: (e: AtlasError) => Told,
): Told {
  const head = tell(first);
  const rest = more.map(tell).map(({ message, hint }) => `- ${message}${hint ? ` ${hint}` : ''}`);
  return { message: head.message, hint: [head.hint, ...rest].filter(Boolean).join('\n') };
}

const english = (error: AtlasError): Told => ({ message: error.message, hint: error.hint });

/** The first error and the others, as one error: its code and `said` are the first one's. */
export class ErrorList extends AtlasError {
  readonly first: AtlasError;
  readonly more: readonly AtlasError[];

  constructor(first: AtlasError, more: readonly AtlasError[]) {
    const { message, hint } = tellList(first, more, english);
    super(first.code, message, { ...(hint ? { hint } : {}), ...(first.said ? { said: first.said } : {}) });
    this.name = 'ErrorList';
    this.first = first;
    this.more = more;
  }
}
