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

export class AtlasError extends Error {
  readonly code: AtlasErrorCode;
  readonly hint: string | undefined;

  constructor(code: AtlasErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AtlasError';
    this.code = code;
    this.hint = options.hint;
  }
}

/** Bad command input: the message names what was wrong, the hint what would be right. */
export class UsageError extends AtlasError {
  constructor(message: string, hint?: string) {
    super('usage', message, hint === undefined ? {} : { hint });
    this.name = 'UsageError';
  }
}

/** A rule said no (limits, roles, naming). Retrying does not help. */
export class PolicyError extends AtlasError {
  constructor(message: string, hint?: string) {
    super('policy', message, hint === undefined ? {} : { hint });
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
