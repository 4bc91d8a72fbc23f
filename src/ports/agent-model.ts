/**
 * A chat model that can call tools (any OpenAI-compatible endpoint). The core talks to it through this
 * port only: plain messages in, one turn out. The model proposes; it never acts.
 */
export interface ToolCall {
  id: string;
  name: string;
  /** The arguments exactly as the model wrote them: JSON text that may be malformed. */
  arguments: string;
}

export type ModelMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content?: string; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

export interface ToolDefinition {
  name: string;
  description: string;
  /** JSON Schema of the arguments object. */
  parameters: Record<string, unknown>;
}

export interface ModelUsage {
  promptTokens: number;
  completionTokens: number;
}

/** One answer of the model: text for the person, tool calls, or both. */
export interface ModelTurn {
  content?: string;
  toolCalls: ToolCall[];
  /** The model that answered, as the endpoint named it. */
  model: string;
  usage: ModelUsage;
  latencyMs: number;
}

export interface ModelRequest {
  messages: readonly ModelMessage[];
  tools: readonly ToolDefinition[];
}

/**
 * Fails with an AtlasError: `transient` when the endpoint is slow, overloaded or down (after its own
 * retries, or at once while its circuit breaker is open), `config` when it refuses the key or the model.
 */
export interface AgentModel {
  /** The configured model name. */
  readonly model: string;
  complete(request: ModelRequest): Promise<ModelTurn>;
}
