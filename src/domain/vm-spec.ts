import { z } from 'zod';
import { NODE_NAME_PATTERN, SshKey, Tag, TEMPLATE_NAME_PATTERN, VmName } from './names.ts';
import { MAX_ROLES, RoleName } from './roles.ts';

/** What a person asked for, for one VM, after defaults were applied. */
export const VmSpec = z.object({
  name: VmName,
  cores: z.number().int().min(1).max(512),
  memoryMiB: z.number().int().min(16),
  diskGiB: z.number().int().min(1),
  template: z.string().regex(TEMPLATE_NAME_PATTERN),
  node: z.string().regex(NODE_NAME_PATTERN).optional(),
  sshKeys: z.array(SshKey).max(10),
  tags: z.array(Tag).max(10),
  /** Roles and profiles (`--with nginx,docker`) configured once the VM is up; absent or empty: none. */
  roles: z.array(RoleName).max(MAX_ROLES).optional(),
});
export type VmSpec = z.infer<typeof VmSpec>;

/** An existing VM, as commands that act on one refer to it. */
export const VmRef = z.object({
  name: VmName,
  vmid: z.number().int().min(100),
  node: z.string().regex(NODE_NAME_PATTERN),
});
export type VmRef = z.infer<typeof VmRef>;
