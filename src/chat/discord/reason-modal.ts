import { ComponentType, TextInputStyle } from 'discord.js';
import type { RejectPromptWords } from '../../core/reject-prompt.ts';
import { decodeButton } from '../../domain/thread-view.ts';
import { reasonModalId } from './custom-ids.ts';

/** The custom_id of the modal's text field. */
export const REASON_FIELD = 'reason';

/** "Why reject R-7F3K?": the modal a Reject button opens; submitting it rejects with the reason. */
export function reasonModal(buttonValue: string, words: RejectPromptWords) {
  const requestId = decodeButton(buttonValue)?.requestId ?? '';
  return {
    custom_id: reasonModalId(buttonValue),
    title: words.title(requestId).trim(),
    components: [
      {
        type: ComponentType.Label,
        label: words.label,
        description: words.note,
        component: {
          type: ComponentType.TextInput,
          custom_id: REASON_FIELD,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: 500,
          placeholder: words.placeholder,
        },
      },
    ],
  };
}
