import { z } from 'zod';
import { ThreadRef } from './thread.ts';

/** One append-only audit record: who did what, when, to which request, seeing which plan. */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  /** A user id (`slack:U024BE7LH`) or `atlas` for what ATLAS did by itself. */
  actor: z.string(),
  /** How the platform showed the actor when it happened (`bob`), for people reading the log. */
  actorName: z.string().max(200).optional(),
  action: z.string(),
  requestId: z.string().optional(),
  thread: ThreadRef.optional(),
  planHash: z.string().optional(),
  detail: z.string().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: string };
