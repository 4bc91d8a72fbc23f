import type { ChatCompletion, ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources';
import { AtlasError } from '../domain/errors.ts';
import type { ModelMessage, ModelTurn, ToolCall, ToolDefinition } from '../ports/agent-model.ts';

/** The port's messages in the Chat Completions format. */
export function toChatMessages(messages: readonly ModelMessage[]): ChatCompletionMessageParam[] {
  return messages.map((message): ChatCompletionMessageParam => {
    if (message.role === 'system' || message.role === 'user')
      return { role: message.role, content: message.content };
    if (message.role === 'tool')
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    return {
      role: 'assistant',
      content: message.content ?? null,
      ...(message.toolCalls && message.toolCalls.length > 0
        ? {
            tool_calls: message.toolCalls.map((call) => ({
              id: call.id,
              type: 'function' as const,
              function: { name: call.name, arguments: call.arguments },
            })),
          }
        : {}),
    };
  });
}

export function toChatTools(tools: readonly ToolDefinition[]): ChatCompletionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.parameters },
  }));
}

/** About four characters a token, for endpoints that do not report usage. */
function estimate(value: unknown): number {
  return Math.ceil(JSON.stringify(value ?? '').length / 4);
}

/** One completion as a turn: the first choice's text and function calls, the usage, the latency. */
export function fromCompletion(
  completion: ChatCompletion,
  sent: readonly ChatCompletionMessageParam[],
  fallbackModel: string,
  latencyMs: number,
): ModelTurn {
  const message = completion.choices?.[0]?.message;
  if (!message) {
    throw new AtlasError('transient', 'The language model answered without a message.', {
      hint: 'Check that OPENAI_BASE_URL points at an OpenAI-compatible chat completions endpoint.',
    });
  }
  const toolCalls: ToolCall[] = (message.tool_calls ?? []).flatMap((call) =>
    call.type === 'function'
      ? [{ id: call.id ?? '', name: call.function?.name ?? '', arguments: call.function?.arguments ?? '' }]
      : [],
  );
  return {
    ...(typeof message.content === 'string' && message.content !== '' ? { content: message.content } : {}),
    toolCalls,
    model: completion.model || fallbackModel,
    usage: {
      promptTokens: completion.usage?.prompt_tokens ?? estimate(sent),
      completionTokens: completion.usage?.completion_tokens ?? estimate(message),
    },
    latencyMs,
  };
}
