import { z } from 'zod';
import { parseJsonLine } from './jsonl.ts';

/** One diagnostic of Terraform's machine-readable UI (`-json`). */
export const TfDiagnostic = z.object({
  severity: z.enum(['error', 'warning']),
  summary: z.string(),
  detail: z.string().optional(),
  address: z.string().optional(),
});
export type TfDiagnostic = z.infer<typeof TfDiagnostic>;

const Hook = z.object({
  resource: z.object({ addr: z.string() }),
  action: z.string(),
  elapsed_seconds: z.number().optional(),
  id_value: z.string().optional(),
});

const Output = z.object({ sensitive: z.boolean(), value: z.unknown().optional() });

/**
 * The messages ATLAS acts on, one per line of `-json` output; only the fields it uses are checked.
 * https://developer.hashicorp.com/terraform/internals/machine-readable-ui
 */
export const TfEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('apply_start'), hook: Hook }),
  z.object({ type: z.literal('apply_progress'), hook: Hook }),
  z.object({ type: z.literal('apply_complete'), hook: Hook }),
  z.object({ type: z.literal('apply_errored'), hook: Hook }),
  z.object({ type: z.literal('diagnostic'), diagnostic: TfDiagnostic }),
  z.object({
    type: z.literal('change_summary'),
    changes: z.object({ add: z.number(), change: z.number(), remove: z.number(), operation: z.string() }),
  }),
  z.object({ type: z.literal('outputs'), outputs: z.record(z.string(), Output) }),
  z.object({
    type: z.literal('planned_change'),
    change: z.object({ resource: z.object({ addr: z.string() }), action: z.string() }),
  }),
]);
export type TfEvent = z.infer<typeof TfEvent>;

/** The event on one line of output; undefined for other message types and for lines that are not JSON. */
export function parseEvent(line: string): TfEvent | undefined {
  return parseJsonLine(line, TfEvent);
}
