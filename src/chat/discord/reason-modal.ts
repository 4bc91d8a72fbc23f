import { ComponentType, TextInputStyle } from 'discord.js';
import { decodeButton } from '../../domain/thread-view.ts';
import { reasonModalId } from './custom-ids.ts';

/** The custom_id of the modal's text field. */
export const REASON_FIELD = 'reason';

/** "Why reject R-7F3K?": the modal a Reject button opens; submitting it rejects with the reason. */
export function reasonModal(buttonValue: string) {
  const requestId = decodeButton(buttonValue)?.requestId ?? 'this request';
  return {
    custom_id: reasonModalId(buttonValue),
    title: `Reject ${requestId}`,
    components: [
      {
        type: ComponentType.Label,
        label: 'Reason',
        description: 'The requester sees it in the thread.',
        component: {
          type: ComponentType.TextInput,
          custom_id: REASON_FIELD,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: 500,
          placeholder: 'e.g. not this sprint; use a smaller disk',
        },
      },
    ],
  };
}
