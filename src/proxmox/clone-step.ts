import type { PlannedVm } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import { type CloneRoute, cloneRoute } from './clone-route.ts';
import { type EngineContext, type StepScope, waitIfTask } from './engine-context.ts';
import { findOwn } from './own-vm.ts';
import { isLockTimeout, ProxmoxError } from './proxmox-error.ts';
import { inStep } from './step-context.ts';
import { ownerDescription } from './vm-config.ts';
import { backoffMs, formatDuration, pause } from './wait.ts';

/**
 * Makes sure the planned VM exists: clones it unless a VM of this request already holds the planned
 * VMID (a retried apply). Returns the node it is on now.
 */
export async function ensureCloned(ctx: EngineContext, scope: StepScope, vm: PlannedVm): Promise<string> {
  const existing = await findOwn(ctx, scope, vm);
  if (existing !== undefined) {
    await scope.report({ ...progressLine('alreadyExists', vm.name, vm.vmid, existing), vm: vm.name });
    return existing;
  }
  const cloning = progressLine('cloning', vm.name, vm.template.name, vm.node, vm.vmid);
  await scope.report({ ...cloning, vm: vm.name });
  return inStep(capitalise(cloning.message), async () =>
    cloneWithRetries(ctx, scope, vm, await cloneRoute(ctx, vm)),
  );
}

async function cloneWithRetries(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
  route: CloneRoute,
): Promise<string> {
  const { lockRetries, lockBackoffMs, lockBackoffMaxMs } = ctx.timing;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await ctx.clonePacer.run(`${vm.template.node}/${vm.template.vmid}`, () =>
        cloneOnce(ctx, scope, vm, route),
      );
      return route.target ?? vm.template.node;
    } catch (error) {
      if (isAlreadyExists(error)) return (await findOwn(ctx, scope, vm)) ?? Promise.reject(error);
      if (!isLockTimeout(error) || attempt > lockRetries) throw error;
      // A clone task that failed on the lock may have left the new VM behind: then it is ours to continue.
      const existing = await findOwn(ctx, scope, vm);
      if (existing !== undefined) return existing;
      const delay = backoffMs(attempt, lockBackoffMs, lockBackoffMaxMs);
      await scope.report({
        ...progressLine('templateLocked', vm.template.name, formatDuration(delay), attempt, lockRetries),
        vm: vm.name,
      });
      await pause(delay, scope.signal);
    }
  }
}

async function cloneOnce(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
  route: CloneRoute,
): Promise<void> {
  scope.signal?.throwIfAborted();
  const template = ctx.api.nodes.$(vm.template.node).qemu.$(vm.template.vmid);
  const upid = await template.clone.$post({
    newid: vm.vmid,
    name: vm.name,
    full: true,
    storage: route.storage,
    description: ownerDescription(scope.requestId, vm.name),
    ...(route.target === undefined ? {} : { target: route.target }),
  });
  await waitIfTask(ctx, vm.template.node, upid, scope.signal);
}

/** The clone (call or task) found the VMID taken: maybe a duplicate apply of this same plan made it. */
function isAlreadyExists(error: unknown): boolean {
  return error instanceof ProxmoxError && /already exists/i.test(error.pveMessage);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
