export { agentModelFromConfig } from './agent-model-from-config.ts';
export { type BackoffOptions, DEFAULT_BACKOFF } from './backoff.ts';
export { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.ts';
export type { OpenAiModelOptions } from './openai-model.ts';
