import type { Interaction, Message } from 'discord.js';
import { channelOf, channelOfInteraction, personOfInteraction, personOfMessage } from './discord-facts.ts';
import type { HandlerContext } from './handler-context.ts';
import type { InteractionFacts } from './interaction-facts.ts';
import { onAutocomplete } from './on-autocomplete.ts';
import { onButton, onReasonModal } from './on-button.ts';
import { onCommand } from './on-command.ts';
import { onMessage } from './on-message.ts';
import { REASON_FIELD } from './reason-modal.ts';

/** INTERACTION_CREATE: read the facts, hand them to the handler of that kind of interaction. */
export async function routeInteraction(context: HandlerContext, interaction: Interaction): Promise<void> {
  const facts: InteractionFacts = {
    handle: { id: interaction.id, token: interaction.token },
    person: personOfInteraction(interaction),
    channel: channelOfInteraction(interaction),
    appPermissions: interaction.appPermissions.bitfield,
    locale: interaction.locale,
  };
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName !== 'atlas') return;
    return onCommand(context, facts, interaction.options.data);
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return onAutocomplete(context, facts, { name: focused.name, value: String(focused.value) });
  }
  if (interaction.isButton()) return onButton(context, facts, interaction.customId);
  if (interaction.isModalSubmit()) {
    const field = interaction.fields.fields.get(REASON_FIELD);
    const reason = field && 'value' in field && typeof field.value === 'string' ? field.value : '';
    return onReasonModal(context, facts, interaction.customId, reason);
  }
}

/** MESSAGE_CREATE: read the facts, let the message handler decide whether it is for ATLAS. */
export async function routeMessageEvent(context: HandlerContext, message: Message): Promise<void> {
  const botId = context.botId();
  await onMessage(
    context,
    {
      id: message.id,
      content: message.content,
      authorIsBot: message.author.bot,
      system: message.system,
      mentionsBot: message.mentions.users.has(botId),
      channel: channelOf(message.channel, message.channelId),
    },
    personOfMessage(message),
  );
}
