import type { CoreDeps } from '../../core/deps.ts';
import { MANAGED_TAG } from '../../core/query-vms.ts';
import type { UserRef } from '../../domain/thread.ts';
import type { Choice } from './interaction-replies.ts';

/** Discord shows at most 25 suggestions. */
const MAX_CHOICES = 25;

/**
 * Autocomplete for a slash command option: templates and nodes from the (cached) inventory, and VM
 * names with the caller's own VMs first. Read-only: suggestions decide nothing.
 */
export async function suggest(
  deps: CoreDeps,
  option: string,
  typed: string,
  user: UserRef,
): Promise<Choice[]> {
  const names = await candidates(deps, option, user);
  const needle = typed.trim().toLowerCase();
  const starts = names.filter((n) => n.toLowerCase().startsWith(needle));
  const contains = names.filter(
    (n) => !n.toLowerCase().startsWith(needle) && n.toLowerCase().includes(needle),
  );
  return [...new Set([...starts, ...contains])]
    .slice(0, MAX_CHOICES)
    .map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) }));
}

async function candidates(deps: CoreDeps, option: string, user: UserRef): Promise<string[]> {
  switch (option) {
    case 'template':
      return (await deps.inventory.templates()).map((t) => t.name).sort();
    case 'node': {
      const nodes = await deps.inventory.nodes();
      return [...nodes.filter((n) => n.online), ...nodes.filter((n) => !n.online)].map((n) => n.name);
    }
    case 'name':
      return vmNames(deps, user);
    default:
      return [];
  }
}

/** VMs ATLAS manages: those the caller asked for first, then the others. */
async function vmNames(deps: CoreDeps, user: UserRef): Promise<string[]> {
  const [vms, requests] = await Promise.all([
    deps.inventory.vms(),
    deps.requests.listByRequester(user.id, 200),
  ]);
  const mine = new Set(
    requests.flatMap((r) => (r.operation.kind === 'create' ? r.operation.vms.map((vm) => vm.name) : [])),
  );
  const managed = vms
    .filter((vm) => vm.tags.includes(MANAGED_TAG))
    .map((vm) => vm.name)
    .sort();
  return [...managed.filter((n) => mine.has(n)), ...managed.filter((n) => !mine.has(n))];
}
