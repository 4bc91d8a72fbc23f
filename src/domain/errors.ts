/**
 * Errors a person can act on. `message` is what the person reads; `hint` says what to do next;
 * `code` is stable so adapters, tests and metrics can tell errors apart.
 */
export type AtlasErrorCode =
  | 'usage'
  | 'policy'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'invalid_state'
  | 'stale_plan'
  | 'proxmox'
  | 'transient'
  | 'config'
  /** The configure step (Ansible) failed on a VM that was created: the VM is there, its setup is not. */
  | 'configure'
  | 'internal';

/**
 * Which catalogue entry an error's text came from, and what filled it in, so the error can be told
 * again in the language of the thread (`message` and `hint` are the English text, for logs and tests).
 */
export interface Said {
  key: string;
  args: readonly (string | number)[];
}

export interface AtlasErrorOptions {
  hint?: string;
  cause?: unknown;
  said?: Said;
}

export class AtlasError extends Error {
  readonly code: AtlasErrorCode;
  readonly hint: string | undefined;
  readonly said: Said | undefined;

  constructor(code: AtlasErrorCode, message: string, options: AtlasErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AtlasError';
    this.code = code;
    this.hint = options.hint;
    this.said = options.said;
  }
}

function hintAndSaid(hint: string | undefined, said: Said | undefined): AtlasErrorOptions {
  return { ...(hint === undefined ? {} : { hint }), ...(said === undefined ? {} : { said }) };
}

/** Bad command input: the message names what was wrong, the hint what would be right. */
export class UsageError extends AtlasError {
  constructor(message: string, hint?: string, said?: Said) {
    super('usage', message, hintAndSaid(hint, said));
    this.name = 'UsageError';
  }
}

/** A rule said no (limits, roles, naming). Retrying does not help. */
export class PolicyError extends AtlasError {
  constructor(message: string, hint?: string, said?: Said) {
    super('policy', message, hintAndSaid(hint, said));
    this.name = 'PolicyError';
  }
}

export function isAtlasError(error: unknown): error is AtlasError {
  return error instanceof AtlasError;
}

/** Errors that a retry cannot fix: the queue fails these at once instead of backing off. */
export function isPermanent(error: unknown): boolean {
  return isAtlasError(error) && error.code !== 'transient' && error.code !== 'internal';
}
