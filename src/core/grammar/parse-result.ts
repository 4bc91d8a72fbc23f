import type { UsageError } from '../../domain/errors.ts';
import type { Intent } from '../../domain/intent.ts';

/** What a chat message means to the command grammar. `free-text` goes to the agent (or gets a hint). */
export type ParseResult =
  | { kind: 'intent'; intent: Intent }
  | { kind: 'error'; error: UsageError }
  | { kind: 'free-text' };
