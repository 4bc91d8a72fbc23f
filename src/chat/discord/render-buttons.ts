import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Button } from '../../domain/thread-view.ts';
import { buttonCustomId } from './custom-ids.ts';

const STYLE: Record<Button['style'], APIButtonComponentWithCustomId['style']> = {
  primary: ButtonStyle.Primary,
  danger: ButtonStyle.Danger,
  default: ButtonStyle.Secondary,
};

/** Approve is green and Reject red, whatever the neutral style says; others follow it. */
function styleOf(button: Button): APIButtonComponentWithCustomId['style'] {
  if (button.value.action === 'approve') return ButtonStyle.Success;
  if (button.value.action === 'reject') return ButtonStyle.Danger;
  return STYLE[button.style];
}

/** Buttons as action rows of at most five; the custom_id carries only the encoded button value. */
export function renderButtons(
  buttons: readonly Button[],
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let i = 0; i < buttons.length && rows.length < 5; i += 5) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + 5).map((button) => ({
        type: ComponentType.Button,
        style: styleOf(button),
        label: button.label.slice(0, 80),
        custom_id: buttonCustomId(button.value),
      })),
    });
  }
  return rows;
}
