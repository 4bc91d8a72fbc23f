import { UsageError } from '../../domain/errors.ts';
import {
  NODE_NAME_PATTERN,
  SSH_KEY_PATTERN,
  TAG_PATTERN,
  TEMPLATE_NAME_PATTERN,
} from '../../domain/names.ts';
import { MAX_ROLES, ROLE_NAME_PATTERN } from '../../domain/roles.ts';
import { echo } from './echo.ts';

const MAX_TAGS = 10;
const MAX_KEYS = 10;

/** `--tag a --tag b,c` → [a, b, c], lower-cased, then the default tags not already there. */
export function readTags(values: readonly string[], defaults: readonly string[]): string[] {
  const typed = values.flatMap((value) => value.split(',')).map((tag) => tag.trim().toLowerCase());
  const tags: string[] = [];
  for (const tag of [...typed.filter((t) => t !== ''), ...defaults]) {
    if (!TAG_PATTERN.test(tag)) {
      throw new UsageError(
        `--tag ${echo(tag)}: not a valid tag.`,
        'Tags are 1-40 of a-z 0-9 _ . + - starting with a letter or digit, e.g. --tag load-test.',
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > MAX_TAGS) {
    throw new UsageError(
      `That is ${tags.length} tags; a VM can have at most ${MAX_TAGS}.`,
      'Drop a few --tag values.',
    );
  }
  return tags;
}

/** `--with nginx,docker --with web` → [nginx, docker, web]: role and profile names, lower-cased, once each. */
export function readRoles(values: readonly string[]): string[] {
  const typed = values.flatMap((value) => value.split(',')).map((role) => role.trim().toLowerCase());
  const roles: string[] = [];
  for (const role of typed.filter((r) => r !== '')) {
    if (!ROLE_NAME_PATTERN.test(role)) {
      throw new UsageError(
        `--with ${echo(role)}: not a role or profile name.`,
        'Role names are 1-32 of a-z 0-9 _ - starting with a letter, e.g. --with nginx,docker.',
      );
    }
    if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length > MAX_ROLES) {
    throw new UsageError(
      `That is ${roles.length} roles; a VM can have at most ${MAX_ROLES}.`,
      'Use a profile that bundles them, or fewer --with values.',
    );
  }
  return roles;
}

/** Each `--ssh-key` must be one OpenSSH public key line. A private key is refused without echoing it. */
export function readSshKeys(values: readonly string[]): string[] {
  const keys = values.map((value) => value.trim().replace(/\s+/g, ' '));
  for (const key of keys) {
    if (/PRIVATE KEY/i.test(key)) {
      throw new UsageError(
        '--ssh-key: that is a private key. It must never be pasted in chat.',
        'Treat that key as exposed and replace it; give ATLAS the public half (the .pub file), e.g. --ssh-key "ssh-ed25519 AAAA... you@host".',
      );
    }
    if (!SSH_KEY_PATTERN.test(key)) {
      throw new UsageError(
        `--ssh-key ${echo(key, 30)}: not an OpenSSH public key.`,
        'Paste the whole line of your .pub file in quotes, e.g. --ssh-key "ssh-ed25519 AAAA... you@host".',
      );
    }
  }
  if (keys.length > MAX_KEYS) {
    throw new UsageError(
      `That is ${keys.length} SSH keys; a VM can have at most ${MAX_KEYS}.`,
      'Give fewer --ssh-key values.',
    );
  }
  return keys;
}

/** Template names are matched lower-case: `Ubuntu-24.04` means `ubuntu-24.04`. */
export function readTemplate(raw: string): string {
  const name = raw.toLowerCase();
  if (!TEMPLATE_NAME_PATTERN.test(name)) {
    throw new UsageError(
      `--template ${echo(raw)}: not a template name.`,
      'Template names look like ubuntu-24.04; /atlas templates lists them.',
    );
  }
  return name;
}

export function readNode(raw: string): string {
  if (!NODE_NAME_PATTERN.test(raw)) {
    throw new UsageError(
      `--node ${echo(raw)}: not a node name.`,
      'Node names look like pve1; leave --node out and ATLAS picks one.',
    );
  }
  return raw;
}
