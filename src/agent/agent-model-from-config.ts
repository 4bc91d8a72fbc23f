import type { Config } from '../config/index.ts';
import type { AgentModel } from '../ports/agent-model.ts';
import { OpenAiModel } from './openai-model.ts';

/**
 * The configured language model, or undefined when none is configured (neither OPENAI_API_KEY nor
 * OPENAI_BASE_URL): then free text is read by the rule-based interpreter.
 */
export function agentModelFromConfig(llm: Config['llm']): AgentModel | undefined {
  if (!llm.apiKey && !llm.baseUrl) return undefined;
  return new OpenAiModel({
    model: llm.model,
    timeoutMs: llm.timeoutMs,
    ...(llm.baseUrl ? { baseUrl: llm.baseUrl } : {}),
    ...(llm.apiKey ? { apiKey: llm.apiKey.reveal() } : {}),
  });
}
