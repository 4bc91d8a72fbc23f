import { z } from 'zod';
import { RequestId } from './intent.ts';
import { RequestState } from './request.ts';
import { ThreadRef } from './thread.ts';

/**
 * What workers tell the bot. Carries ids and short human text only: never secrets, never plans.
 * The bot loads whatever else it needs from the stores.
 */
export const AtlasEvent = z.object({
  id: z.string(),
  requestId: RequestId,
  thread: ThreadRef,
  at: z.string(),
  type: z.enum(['state', 'progress', 'plan.ready', 'audit']),
  state: RequestState.optional(),
  message: z.string().max(4000),
  vm: z.string().optional(),
});
export type AtlasEvent = z.infer<typeof AtlasEvent>;
