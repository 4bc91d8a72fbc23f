import type { Policy } from '../domain/policy.ts';
import type { UserRef } from '../domain/thread.ts';

/** Whether the user is named among the approvers, directly or through one of their groups. */
export function isApprover(policy: Policy, user: UserRef): boolean {
  if (policy.approvers.includes('*')) return true;
  if (policy.approvers.includes(user.id)) return true;
  const platform = user.id.slice(0, user.id.indexOf(':'));
  return (user.groups ?? []).some((group) => policy.approvers.includes(`${platform}:group:${group}`));
}

/** "bob, carol" — how a thread names the approvers. */
export function describeApprovers(policy: Policy): string {
  if (policy.approvers.length === 0) return 'nobody yet (set ATLAS_APPROVERS)';
  if (policy.approvers.includes('*')) return 'anyone';
  return policy.approvers
    .map((a) => a.replace(/^[a-z]+:(group:)?/, (_m, g: string | undefined) => (g ? 'group ' : '')))
    .join(', ');
}
