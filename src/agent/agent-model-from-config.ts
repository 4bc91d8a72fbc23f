import type { Config } from '../config/index.ts';
import type { AgentModel, ModelRequest, ModelTurn } from '../ports/agent-model.ts';
import type { OpenAiModelOptions } from './openai-model.ts';

/**
 * The configured language model, or undefined when none is configured (neither OPENAI_API_KEY nor
 * OPENAI_BASE_URL): then free text is read by the rule-based interpreter.
 */
export function agentModelFromConfig(llm: Config['llm']): AgentModel | undefined {
  if (!llm.apiKey && !llm.baseUrl) return undefined;
  return new LazyOpenAiModel({
    model: llm.model,
    timeoutMs: llm.timeoutMs,
    ...(llm.baseUrl ? { baseUrl: llm.baseUrl } : {}),
    ...(llm.apiKey ? { apiKey: llm.apiKey.reveal() } : {}),
  });
}

/**
 * The OpenAI client loads on the first call, not at start: workers never call the model, and the
 * `openai` package costs a process about 18 MB.
 */
class LazyOpenAiModel implements AgentModel {
  readonly model: string;
  readonly #options: OpenAiModelOptions;
  #loaded: Promise<AgentModel> | undefined;

  constructor(options: OpenAiModelOptions) {
    this.model = options.model;
    this.#options = options;
  }

  async complete(request: ModelRequest): Promise<ModelTurn> {
    this.#loaded ??= import('./openai-model.ts').then(({ OpenAiModel }) => new OpenAiModel(this.#options));
    return (await this.#loaded).complete(request);
  }
}
