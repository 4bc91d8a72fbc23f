import { z } from 'zod';
import type { RejectPromptWords } from '../../core/reject-prompt.ts';
import { decodeButton } from '../../domain/thread-view.ts';
import type { ViewSubmission } from './inbound-payloads.ts';

export const REJECT_CALLBACK_ID = 'atlas_reject_reason';
const REASON_BLOCK = 'reason';

/** What the modal carries back from the Reject button to its submission. */
export const RejectMeta = z.object({
  value: z.string().max(200),
  channel: z.string().min(1).max(200),
  thread: z.string().min(1).max(200),
});
export type RejectMeta = z.infer<typeof RejectMeta>;

/** The modal Reject opens: one optional reason, in the words of the request's language. Pure. */
export function rejectModal(meta: RejectMeta, words: RejectPromptWords) {
  const requestId = decodeButton(meta.value)?.requestId ?? 'request';
  return {
    type: 'modal' as const,
    callback_id: REJECT_CALLBACK_ID,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text' as const, text: words.title(requestId).slice(0, 24) },
    submit: { type: 'plain_text' as const, text: words.submit },
    close: { type: 'plain_text' as const, text: words.cancel },
    blocks: [
      {
        type: 'input' as const,
        block_id: REASON_BLOCK,
        optional: true,
        label: { type: 'plain_text' as const, text: words.optionalLabel },
        element: {
          type: 'plain_text_input' as const,
          action_id: REASON_BLOCK,
          multiline: true,
          max_length: 500,
          placeholder: { type: 'plain_text' as const, text: words.note },
        },
      },
    ],
  };
}

/** The button value, thread and reason of a submitted Reject modal; undefined when it is not ours. */
export function readRejectSubmission(
  submission: ViewSubmission,
): { meta: RejectMeta; reason: string | undefined } | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(submission.view.private_metadata);
  } catch {
    return undefined;
  }
  const meta = RejectMeta.safeParse(raw);
  if (!meta.success) return undefined;
  const reason = submission.view.state.values[REASON_BLOCK]?.[REASON_BLOCK]?.value?.trim();
  return { meta: meta.data, reason: reason || undefined };
}
