import { DEFAULT_LANGUAGE, type Language } from '../domain/language.ts';
import type { Policy } from '../domain/policy.ts';
import type { UserRef } from '../domain/thread.ts';
import { repliesFor } from './i18n/replies-messages.ts';

/** Whether the user is named among the approvers, directly or through one of their groups. */
export function isApprover(policy: Policy, user: UserRef): boolean {
  if (policy.approvers.includes('*')) return true;
  if (policy.approvers.includes(user.id)) return true;
  const platform = user.id.slice(0, user.id.indexOf(':'));
  return (user.groups ?? []).some((group) => policy.approvers.includes(`${platform}:group:${group}`));
}

/** "bob, group ops" — approver ids (`slack:U1`, `discord:group:ops`, `*`) as a thread names them. */
export function describeApproverIds(ids: readonly string[], language: Language): string {
  const say = repliesFor(language);
  if (ids.length === 0) return say.approversNobody;
  if (ids.includes('*')) return say.approversAnyone;
  return ids
    .map((id) => {
      const group = /^[a-z]+:group:(.*)$/.exec(id);
      return group ? say.approverGroup(group[1] ?? '') : id.replace(/^[a-z]+:/, '');
    })
    .join(', ');
}

/** "bob, carol" — how a thread names the approvers. */
export function describeApprovers(policy: Policy, language: Language = DEFAULT_LANGUAGE): string {
  return describeApproverIds(policy.approvers, language);
}
