import type { z } from 'zod';
import type { ToolCall } from '../../../ports/agent-model.ts';
import { isToolName, TOOLS, type ToolName } from './planner-tools.ts';

/** A tool call whose arguments passed their schema. */
export type PlannerCall = {
  [K in ToolName]: { id: string; name: K; args: z.infer<(typeof TOOLS)[K]['args']> };
}[ToolName];

export type ParsedCall = { ok: true; call: PlannerCall } | { ok: false; problem: string };

/**
 * Checks one tool call of the model: a tool that exists, arguments that are JSON and fit the tool's
 * schema. The problem goes back to the model in words it can act on.
 */
export function parseToolCall(call: ToolCall): ParsedCall {
  if (!isToolName(call.name)) {
    return {
      ok: false,
      problem: `There is no tool "${call.name.slice(0, 60)}". The tools are: ${Object.keys(TOOLS).join(', ')}.`,
    };
  }
  let raw: unknown;
  try {
    raw = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
  } catch {
    return { ok: false, problem: `The arguments of ${call.name} are not valid JSON.` };
  }
  const parsed = TOOLS[call.name].args.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
    return {
      ok: false,
      problem: `The arguments of ${call.name} do not fit its schema: ${issues.join('; ')}.`,
    };
  }
  return { ok: true, call: { id: call.id, name: call.name, args: parsed.data } as PlannerCall };
}
