import { z } from 'zod';
import { RequestId } from './intent.ts';
import { RequestState } from './request.ts';
import { Said } from './said.ts';
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
  /**
   * `revised`: a request not yet approved was changed; `message` names the revision and short hash of the
   * plan it voided (`r0 1a2b3c4d5e6f`), or is empty when it had no plan yet.
   */
  type: z.enum(['state', 'progress', 'plan.ready', 'audit', 'revised']),
  state: RequestState.optional(),
  message: z.string().max(4000),
  vm: z.string().optional(),
  /** `progress`: the catalogue entry `message` came from, to tell it in the request's language. */
  said: Said.optional(),
});
export type AtlasEvent = z.infer<typeof AtlasEvent>;
