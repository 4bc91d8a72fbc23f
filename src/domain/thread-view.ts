import { z } from 'zod';
import { RequestId } from './intent.ts';

const PlanHash12 = z.string().regex(/^[0-9a-f]{12}$/);

/** Approve or Reject one plan of one request. */
export const DecisionButton = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), requestId: RequestId, planHash: PlanHash12 }),
  z.object({ action: z.literal('reject'), requestId: RequestId, planHash: PlanHash12 }),
]);
export type DecisionButton = z.infer<typeof DecisionButton>;

/** Run a typed command that ATLAS offered (free text it understood); `id` names the stored command. */
export const RunButton = z.object({ action: z.literal('run'), id: z.string().regex(/^[0-9a-z]{8,32}$/) });
export type RunButton = z.infer<typeof RunButton>;

/** Remove what a failed create made (its VMs), pinned to the plan that was applied. */
export const RollbackButton = z.object({
  action: z.literal('rollback'),
  requestId: RequestId,
  planHash: PlanHash12,
});
export type RollbackButton = z.infer<typeof RollbackButton>;

/** What a button does. Adapters encode it into a button value / custom_id and decode it back. */
export const ButtonAction = z.union([DecisionButton, RunButton, RollbackButton]);
export type ButtonAction = z.infer<typeof ButtonAction>;

export function encodeButton(action: ButtonAction): string {
  if (action.action === 'run') return `run:${action.id}`;
  return `${action.action}:${action.requestId}:${action.planHash}`;
}

/** An Approve or Reject button's value; undefined for anything else (including run buttons). */
export function decodeButton(value: string): DecisionButton | undefined {
  const [action, requestId, planHash] = value.split(':');
  const parsed = DecisionButton.safeParse({ action, requestId, planHash });
  return parsed.success ? parsed.data : undefined;
}

/** Any button's value: a decision, a run or a rollback button; undefined when it is none of them. */
export function decodeAction(value: string): ButtonAction | undefined {
  const [action, id, extra] = value.split(':');
  if (action === 'run' && extra === undefined) {
    const parsed = RunButton.safeParse({ action, id });
    return parsed.success ? parsed.data : undefined;
  }
  if (action === 'rollback') {
    const parsed = RollbackButton.safeParse({ action, requestId: id, planHash: extra });
    return parsed.success ? parsed.data : undefined;
  }
  return decodeButton(value);
}

export const Button = z.object({
  label: z.string(),
  style: z.enum(['primary', 'danger', 'default']),
  value: ButtonAction,
  /** The typed command that does the same: the console prints it, every platform accepts it. */
  command: z.string(),
});
export type Button = z.infer<typeof Button>;

export const ViewKind = z.enum(['plan', 'progress', 'result', 'error', 'notice', 'help', 'table']);
export type ViewKind = z.infer<typeof ViewKind>;

/** The platform-neutral reply. One pure renderer per platform turns it into messages. */
export const ThreadView = z.object({
  kind: ViewKind,
  tone: z.enum(['neutral', 'pending', 'success', 'danger', 'warning']),
  title: z.string(),
  text: z.string().optional(),
  fields: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
  table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) }).optional(),
  code: z.string().optional(),
  buttons: z.array(Button).optional(),
  /** Short context lines under the message: audit entries, hints. */
  context: z.array(z.string()).optional(),
  visibility: z.enum(['thread', 'ephemeral']),
  /** A later view with the same key edits the message in place (progress, a plan card once decided). */
  replaces: z.string().optional(),
});
export type ThreadView = z.infer<typeof ThreadView>;
