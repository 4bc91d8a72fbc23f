import type { ThreadView } from '../../../domain/thread-view.ts';
import type { AgentModel, ModelTurn } from '../../../ports/agent-model.ts';
import type { CoreDeps } from '../../deps.ts';
import type { Language } from '../../i18n/language.ts';
import type { Asker } from '../../start-request.ts';
import type { AgentSettings } from '../free-text-deps.ts';

/** Everything one turn of the planner works with. `turns` collects every model answer, for accounting. */
export interface PlannerContext {
  deps: CoreDeps;
  model: AgentModel;
  settings: AgentSettings;
  sanitize: (text: string) => string;
  asker: Asker;
  language: Language;
  system: string;
  turns: ModelTurn[];
}

/** How a turn ended, in a word for the audit log, and what the thread shows. */
export interface PlannerResult {
  views: ThreadView[];
  outcome: 'proposed' | 'asked' | 'answered' | 'command' | 'refused' | 'malformed' | 'rounds' | 'steps';
  requestId?: string;
}

/** Counters across the model calls of one turn. */
export interface TurnCounters {
  malformed: number;
  rounds: number;
}
