import type { AgentMeter } from '../../ports/agent-meter.ts';
import type { AgentModel } from '../../ports/agent-model.ts';
import type { CommandStash } from '../../ports/command-stash.ts';
import type { ThreadMemory } from '../../ports/thread-memory.ts';
import type { TokenLedger } from '../../ports/token-ledger.ts';

export interface AgentSettings {
  /** Proposals the validator may turn down in one turn before the agent asks the person. */
  maxRounds: number;
  /** Model calls one message may take. */
  maxSteps: number;
  /** Tokens of conversation the agent keeps per thread; older turns are summarised. */
  memoryTokens: number;
  /** Tokens one team (a chat channel) may spend per UTC day; undefined for no limit. */
  teamDailyTokens: number | undefined;
}

export const DEFAULT_AGENT_SETTINGS: AgentSettings = {
  maxRounds: 3,
  maxSteps: 8,
  memoryTokens: 6000,
  teamDailyTokens: undefined,
};

/**
 * What free text needs beyond the core: the model (absent when none is configured; then the rule-based
 * interpreter answers), the thread memory, the token ledger, the command stash behind Run buttons, and the
 * sanitizer every text passes before it reaches the model or the thread.
 */
export interface FreeTextDeps {
  model?: AgentModel;
  memory?: ThreadMemory;
  tokens?: TokenLedger;
  commands?: CommandStash;
  meter?: AgentMeter;
  sanitize: (text: string) => string;
  settings: AgentSettings;
}
