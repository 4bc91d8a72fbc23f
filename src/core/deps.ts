import type { Language } from '../domain/language.ts';
import type { Plan } from '../domain/plan.ts';
import type { Policy } from '../domain/policy.ts';
import type { AuditLog } from '../ports/audit-log.ts';
import type { Claims } from '../ports/claims.ts';
import type { Clock } from '../ports/clock.ts';
import type { ConversationStore } from '../ports/conversation-store.ts';
import type { Engine } from '../ports/engine.ts';
import type { EventBus } from '../ports/event-bus.ts';
import type { Inventory } from '../ports/inventory.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { RequestStore } from '../ports/request-store.ts';
import type { FreeTextDeps } from './free-text/free-text-deps.ts';

/** What the use cases need, injected by the composition root (src/cli). */
export interface CoreDeps {
  requests: RequestStore;
  audit: AuditLog;
  conversations: ConversationStore;
  queue: JobQueue;
  events: EventBus;
  inventory: Inventory;
  claims: Claims;
  clock: Clock;
  policy: Policy;
  logger: Logger;
  /** Lets go of what a plan reserved (VMIDs) when it will never be applied; the engine's `release`. */
  releasePlan?: (plan: Plan) => Promise<void>;
  /** Told how long each inbound message or button press took to answer (`atlas_chat_reply_seconds`). */
  onReplied?: (seconds: number) => void;
  /** What threads are answered in until someone writes free text in another language; default English. */
  language?: Language;
  /** Free text: the agent and the rule-based interpreter. Absent: free text gets the rules only. */
  freeText?: FreeTextDeps;
}

/** Workers also drive an engine. */
export interface WorkerDeps extends CoreDeps {
  engine: Engine;
}
