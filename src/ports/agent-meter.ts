/** What the agent counts: each model call, with its model, tokens and latency. */
export interface ModelCallRecord {
  model: string;
  outcome: 'ok' | 'error';
  promptTokens: number;
  completionTokens: number;
  latencyMs: number;
}

export interface AgentMeter {
  modelCall(call: ModelCallRecord): void;
}
