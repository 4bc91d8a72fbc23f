import { z } from 'zod';

export const Platform = z.enum(['console', 'slack', 'discord']);
export type Platform = z.infer<typeof Platform>;

/** Where a conversation lives: one chat thread. */
export const ThreadRef = z.object({
  platform: Platform,
  channel: z.string().min(1).max(200),
  thread: z.string().min(1).max(200),
});
export type ThreadRef = z.infer<typeof ThreadRef>;

/** A person on a platform. `id` is globally unique: `slack:U024BE7LH`, `console:alice`. */
export const UserRef = z.object({
  id: z.string().regex(/^(console|slack|discord):[A-Za-z0-9._-]{1,100}$/),
  name: z.string().max(200).optional(),
  groups: z.array(z.string().max(200)).max(500).optional(),
});
export type UserRef = z.infer<typeof UserRef>;

export function threadKey(thread: ThreadRef): string {
  return `${thread.platform}:${thread.channel}:${thread.thread}`;
}

export function userLabel(user: UserRef): string {
  return user.name ?? user.id.slice(user.id.indexOf(':') + 1);
}
