import { z } from 'zod';
import { RequestId } from './intent.ts';

/** What a button does. Adapters encode it into a button value / custom_id and decode it back. */
export const ButtonAction = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('approve'),
    requestId: RequestId,
    planHash: z.string().regex(/^[0-9a-f]{12}$/),
  }),
  z.object({
    action: z.literal('reject'),
    requestId: RequestId,
    planHash: z.string().regex(/^[0-9a-f]{12}$/),
  }),
]);
export type ButtonAction = z.infer<typeof ButtonAction>;

export function encodeButton(action: ButtonAction): string {
  return `${action.action}:${action.requestId}:${action.planHash}`;
}

export function decodeButton(value: string): ButtonAction | undefined {
  const [action, requestId, planHash] = value.split(':');
  const parsed = ButtonAction.safeParse({ action, requestId, planHash });
  return parsed.success ? parsed.data : undefined;
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
