import OpenAI from 'openai';
import type { AgentModel, ModelRequest, ModelTurn } from '../ports/agent-model.ts';
import { type BackoffOptions, DEFAULT_BACKOFF, withBackoff } from './backoff.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import { classifyModelError } from './model-errors.ts';
import { fromCompletion, toChatMessages, toChatTools } from './model-messages.ts';

export interface OpenAiModelOptions {
  /** Any OpenAI-compatible endpoint (`…/v1`); undefined: OpenAI's own. */
  baseUrl?: string;
  /** Local endpoints often need none. */
  apiKey?: string;
  model: string;
  /** Longest wait for one answer. */
  timeoutMs: number;
  backoff?: Partial<BackoffOptions>;
  breaker?: CircuitBreaker;
}

const OPENAI_URL = 'https://api.openai.com/v1';

/**
 * The AgentModel port on the `openai` package (Chat Completions with function tools): a timeout per call,
 * backoff on 429 and 5xx, and a circuit breaker so a dead endpoint costs nobody a long wait.
 */
export class OpenAiModel implements AgentModel {
  readonly model: string;
  readonly #client: OpenAI;
  readonly #where: { url: string; model: string; timeoutMs: number };
  readonly #backoff: BackoffOptions;
  readonly #breaker: CircuitBreaker;

  constructor(options: OpenAiModelOptions) {
    this.model = options.model;
    this.#client = new OpenAI({
      baseURL: options.baseUrl ?? OPENAI_URL,
      apiKey: options.apiKey ?? 'not-needed',
      timeout: options.timeoutMs,
      maxRetries: 0,
    });
    this.#where = { url: options.baseUrl ?? OPENAI_URL, model: options.model, timeoutMs: options.timeoutMs };
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.#breaker = options.breaker ?? new CircuitBreaker();
  }

  complete(request: ModelRequest): Promise<ModelTurn> {
    const classify = (error: unknown) => classifyModelError(error, this.#where);
    return this.#breaker.run(
      () => withBackoff(() => this.#call(request), classify, this.#backoff),
      (error) => classify(error).error.code === 'transient',
    );
  }

  async #call(request: ModelRequest): Promise<ModelTurn> {
    const messages = toChatMessages(request.messages);
    const started = performance.now();
    const completion = await this.#client.chat.completions.create({
      model: this.model,
      messages,
      ...(request.tools.length > 0
        ? { tools: toChatTools(request.tools), tool_choice: 'auto' as const }
        : {}),
    });
    return fromCompletion(completion, messages, this.model, Math.round(performance.now() - started));
  }
}
