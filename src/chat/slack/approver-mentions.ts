/**
 * How approver ids read in Slack: the core names approvers `U024BE7LH` and `group S0614TZR7`; Slack shows
 * `<@U024BE7LH>` and `<!subteam^S0614TZR7>` as the person's and the group's names. Pure.
 */
export function approverMentions(approvers: readonly string[]): Map<string, string> {
  const mentions = new Map<string, string>();
  for (const approver of approvers) {
    const group = /^slack:group:([A-Z0-9]+)$/.exec(approver)?.[1];
    if (group) {
      mentions.set(`group ${group}`, `<!subteam^${group}>`);
      continue;
    }
    const user = /^slack:([UW][A-Z0-9]+)$/.exec(approver)?.[1];
    if (user) mentions.set(user, `<@${user}>`);
  }
  return mentions;
}
