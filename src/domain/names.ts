import { z } from 'zod';

/** DNS label (RFC 1123): lower-case letters, digits and hyphens, 1-63 characters, no hyphen at either end. */
export const VM_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export const VmName = z
  .string()
  .regex(VM_NAME_PATTERN, 'must be a DNS label: a-z, 0-9 and "-", 1-63 characters');
export type VmName = z.infer<typeof VmName>;

/** Proxmox tags: letters, digits and - _ . + ; ATLAS keeps them lower-case. */
export const TAG_PATTERN = /^[a-z0-9][a-z0-9_.+-]{0,39}$/;
export const Tag = z
  .string()
  .regex(TAG_PATTERN, 'must be 1-40 of a-z 0-9 _ . + - starting with a letter or digit');

/** Template names as people type them: `ubuntu-24.04`, `debian-12`. */
export const TEMPLATE_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** Proxmox node names. */
export const NODE_NAME_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** One OpenSSH public key line. */
export const SSH_KEY_PATTERN =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\n\r]{0,200})?$/;
export const SshKey = z.string().regex(SSH_KEY_PATTERN, 'must be one OpenSSH public key line');
