import { AtlasError } from '../../domain/errors.ts';
import { type ButtonAction, decodeButton, encodeButton } from '../../domain/thread-view.ts';

/** Discord's limit for a component's or modal's custom_id. */
export const MAX_CUSTOM_ID = 100;

const REASON_PREFIX = 'reason:';

/**
 * A button's custom_id: the encoded button value and nothing else (`approve:R-7F3K:0123456789ab`). It
 * names the request and the plan hash; everything else is looked up server-side when it is pressed.
 */
export function buttonCustomId(action: ButtonAction): string {
  return fits(encodeButton(action));
}

/** The custom_id of the "why reject?" modal a Reject button opens: the button's value, marked. */
export function reasonModalId(buttonValue: string): string {
  return fits(`${REASON_PREFIX}${buttonValue}`);
}

/** The button value a reason modal was opened for, or undefined when the id is not one of those. */
export function buttonValueOfModal(customId: string): string | undefined {
  return customId.startsWith(REASON_PREFIX) ? customId.slice(REASON_PREFIX.length) : undefined;
}

/** Whether pressing this button asks for a reason first. */
export function asksForReason(customId: string): boolean {
  return decodeButton(customId)?.action === 'reject';
}

function fits(id: string): string {
  if (id.length > MAX_CUSTOM_ID)
    throw new AtlasError('internal', `A Discord custom_id would be ${id.length} characters (limit 100).`);
  return id;
}
