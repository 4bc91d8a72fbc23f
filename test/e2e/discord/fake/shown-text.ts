// A message as a Discord client shows it, in plain text: mentions as @names, the embed's title,
// description and fields, the buttons as [labels].
import type { FakeState, StoredMessage } from './fake-state.ts';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

export function shownText(state: FakeState, message: StoredMessage): string {
  const roleName = (id: string) => (id === state.approverRoleId ? 'platform' : id);
  const names = (text: string) =>
    text
      .replace(/<@&(\d+)>/g, (_m, id: string) => `@${roleName(id)}`)
      .replace(/<@!?(\d+)>/g, (_m, id: string) => `@${state.nameOf(id)}`)
      .replace(/^-# /gm, '');
  const lines: string[] = [];
  if (message.content) lines.push(names(message.content));
  for (const embed of message.embeds as Embed[]) {
    if (embed.title) lines.push(embed.title);
    if (embed.description) lines.push(names(embed.description));
    for (const field of embed.fields ?? []) lines.push(`${field.name}: ${names(field.value)}`);
    if (embed.footer) lines.push(embed.footer.text);
  }
  const buttons = message.components.flatMap((row) => row.components.map((b) => `[${b.label}]`));
  if (buttons.length > 0) lines.push(buttons.join(' '));
  return lines.join('\n');
}

/** The custom_id of the button labelled `label` on a message. */
export function buttonId(message: StoredMessage, label: string): string | undefined {
  return message.components.flatMap((row) => row.components).find((b) => b.label === label)?.custom_id;
}
