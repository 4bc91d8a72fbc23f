import { z } from 'zod';

/**
 * A configuration role or profile name (`nginx`, `docker`, `web`): lower-case letters, digits, `_` and
 * `-`, starting with a letter. Names become directory names and playbook entries, so nothing else passes.
 */
export const ROLE_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
export const RoleName = z
  .string()
  .regex(ROLE_NAME_PATTERN, 'must be 1-32 of a-z 0-9 _ - starting with a letter');
export type RoleName = z.infer<typeof RoleName>;

/** The most roles (and profiles) one VM may ask for. */
export const MAX_ROLES = 10;

/**
 * What ATLAS does with the VMs of a create that failed part-way: `ask` offers a Roll back button in the
 * thread, `rollback` removes them at once, `keep` leaves them for people to look at.
 */
export const OnFailure = z.enum(['ask', 'rollback', 'keep']);
export type OnFailure = z.infer<typeof OnFailure>;
