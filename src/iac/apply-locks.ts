import type { Plan } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import type { SaidLine } from '../domain/progress/progress-text.ts';
import type { ProgressReporter } from '../ports/engine.ts';
import type { HeldLocks, LinePlace, LockLine } from '../ports/lock-line.ts';
import { workspaceName } from './workspace-dir.ts';

/**
 * What an apply must hold alone: the Terraform workspace whose state it changes, and every Proxmox node
 * a clone runs on (the template's) or lands on. Parallel clones on one node are what make Proxmox time
 * out on its config locks; one request at a time per node avoids it.
 */
export function applyLockKeys(plan: Plan, stateOwner: string): string[] {
  const nodes = plan.actions.flatMap((a) => (a.kind === 'create-vm' ? [a.vm.template.node, a.vm.node] : []));
  return [
    `terraform:workspace:${workspaceName(stateOwner)}`,
    ...[...new Set(nodes)].map((n) => `proxmox:node:${n}`),
  ];
}

/** Waits in line for `keys`, telling the thread who it waits behind; resolves holding them all. */
export async function enterLine(
  locks: LockLine | undefined,
  keys: readonly string[],
  requestId: string,
  report: ProgressReporter,
  signal?: AbortSignal,
): Promise<HeldLocks> {
  if (!locks) return { release: async () => undefined };
  let waited = false;
  const held = await locks.enter(keys, requestId, {
    signal,
    onWait: async (place) => {
      waited = true;
      await report(queuedLine(requestId, place)).catch(() => undefined);
    },
  });
  if (waited) await report(progressLine('myTurn')).catch(() => undefined);
  return held;
}

/** `queued behind R-7F3K (position 2), which holds Proxmox node pve1` */
export function queuedLine(requestId: string, place: LinePlace): SaidLine {
  const node = place.key.startsWith('proxmox:node:');
  const name = node
    ? place.key.slice('proxmox:node:'.length)
    : place.key.slice(place.key.lastIndexOf(':') + 1);
  const kind = node ? 'node' : 'workspace';
  return place.holder === requestId
    ? progressLine('queuedBehindItself', requestId, place.position, kind, name)
    : progressLine('queued', place.holder, place.position, kind, name);
}

/** The English text of `queuedLine`. */
export function queuedMessage(requestId: string, place: LinePlace): string {
  return queuedLine(requestId, place).message;
}
