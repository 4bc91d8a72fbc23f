import { describe, expect, it } from 'vitest';
import { ViewSubmission } from '../../../src/chat/slack/inbound-payloads.ts';
import { readRejectSubmission, rejectModal } from '../../../src/chat/slack/reject-modal.ts';
import { repliesFor } from '../../../src/core/i18n/replies-messages.ts';

const english = repliesFor('en').rejectPrompt;

const meta = { value: 'reject:R-7F3K:0123456789ab', channel: 'C1', thread: '1.0' };

function submitted(privateMetadata: string, value: string | null) {
  return ViewSubmission.parse({
    type: 'view_submission',
    user: { id: 'UBOB' },
    view: {
      id: 'V1',
      callback_id: 'atlas_reject_reason',
      private_metadata: privateMetadata,
      state: { values: { reason: { reason: { value } } } },
    },
  });
}

describe('the Reject modal', () => {
  it('asks for an optional reason, titled with the request', () => {
    const modal = rejectModal(meta, english);

    expect(modal.title.text).toBe('Reject R-7F3K');
    expect(modal.blocks[0]).toMatchObject({ type: 'input', optional: true, element: { max_length: 500 } });
    expect(JSON.parse(modal.private_metadata)).toEqual(meta);
  });

  it('speaks the language it is given', () => {
    const modal = rejectModal(meta, repliesFor('it').rejectPrompt);

    expect(modal.title.text).toBe('Rifiuta R-7F3K');
    expect(modal.submit.text).toBe('Rifiuta');
    expect(modal.blocks[0]?.label.text).toBe('Motivo (facoltativo)');
  });

  it('gives back the button, the thread and the trimmed reason', () => {
    const modal = rejectModal(meta, english);

    expect(readRejectSubmission(submitted(modal.private_metadata, '  not this sprint '))).toEqual({
      meta,
      reason: 'not this sprint',
    });
    expect(readRejectSubmission(submitted(modal.private_metadata, null))).toEqual({
      meta,
      reason: undefined,
    });
  });

  it('ignores a submission whose metadata is not ours', () => {
    expect(readRejectSubmission(submitted('not json', 'x'))).toBeUndefined();
    expect(readRejectSubmission(submitted('{"value":"x"}', 'x'))).toBeUndefined();
  });
});
