import {
  NODE_NAME_PATTERN,
  SSH_KEY_PATTERN,
  TAG_PATTERN,
  TEMPLATE_NAME_PATTERN,
} from '../../domain/names.ts';
import { MAX_ROLES, ROLE_NAME_PATTERN } from '../../domain/roles.ts';
import { echo } from './echo.ts';
import { usage } from './usage.ts';

const MAX_TAGS = 10;
const MAX_KEYS = 10;

/** `--tag a --tag b,c` → [a, b, c], lower-cased, then the default tags not already there. */
export function readTags(values: readonly string[], defaults: readonly string[]): string[] {
  const typed = values.flatMap((value) => value.split(',')).map((tag) => tag.trim().toLowerCase());
  const tags: string[] = [];
  for (const tag of [...typed.filter((t) => t !== ''), ...defaults]) {
    if (!TAG_PATTERN.test(tag)) {
      throw usage('invalidTag', echo(tag));
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) {
    throw usage('tooManyTags', tags.length, MAX_TAGS);
  }
  return tags;
}

/** `--with nginx,docker --with web` → [nginx, docker, web]: role and profile names, lower-cased, once each. */
export function readRoles(values: readonly string[]): string[] {
  const typed = values.flatMap((value) => value.split(',')).map((role) => role.trim().toLowerCase());
  const roles: string[] = [];
  for (const role of typed.filter((r) => r !== '')) {
    if (!ROLE_NAME_PATTERN.test(role)) {
      throw usage('invalidRole', echo(role));
    }
    if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length > MAX_ROLES) {
    throw usage('tooManyRoles', roles.length, MAX_ROLES);
  }
  return roles;
}

/** Each `--ssh-key` must be one OpenSSH public key line. A private key is refused without echoing it. */
export function readSshKeys(values: readonly string[]): string[] {
  const keys = values.map((value) => value.trim().replace(/\s+/g, ' '));
  for (const key of keys) {
    if (/PRIVATE KEY/i.test(key)) {
      throw usage('privateSshKey');
    }
    if (!SSH_KEY_PATTERN.test(key)) {
      throw usage('notAPublicKey', echo(key, 30));
    }
  }
  if (keys.length > MAX_KEYS) {
    throw usage('tooManySshKeys', keys.length, MAX_KEYS);
  }
  return keys;
}

/** Template names are matched lower-case: `Ubuntu-24.04` means `ubuntu-24.04`. */
export function readTemplate(raw: string): string {
  const name = raw.toLowerCase();
  if (!TEMPLATE_NAME_PATTERN.test(name)) {
    throw usage('invalidTemplate', echo(raw));
  }
  return name;
}

export function readNode(raw: string): string {
  if (!NODE_NAME_PATTERN.test(raw)) {
    throw usage('invalidNode', echo(raw));
  }
  return raw;
}
