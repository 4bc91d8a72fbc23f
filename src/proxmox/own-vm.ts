import { AtlasError } from '../domain/errors.ts';
import type { PlannedVm } from '../domain/plan.ts';
import type { EngineContext, StepScope } from './engine-context.ts';
import type { VmResource } from './pve-schemas.ts';
import { isOwnedBy } from './vm-config.ts';
import { formatDuration, pause, pollDelayMs } from './wait.ts';

/** Locks that a task of ATLAS's own may hold while it makes or moves the VM. */
const BUSY = new Set(['clone', 'migrate']);

/**
 * The node of the VM at the planned VMID when it belongs to this request; undefined when there is none;
 * an error when it is someone else's. A VM still being cloned or moved is waited for first: until its
 * clone finishes, its config says nothing about who it belongs to.
 */
export async function findOwn(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
): Promise<string | undefined> {
  const row = await settled(ctx, scope, vm);
  if (!row) return undefined;
  const config = await ctx.inventory.vmConfig(row.node, vm.vmid);
  if (isOwnedBy(config, scope.requestId) && (config.name ?? vm.name) === vm.name) return row.node;
  throw new AtlasError(
    'conflict',
    `VMID ${vm.vmid}, planned for ${vm.name}, is now taken by ${row.name ?? 'another guest'} on ${row.node}, which is not part of ${scope.requestId}.`,
    { hint: 'Nothing was changed. Plan the request again to get a free VMID.' },
  );
}

/** The guest at the planned VMID once no clone or migration holds it; undefined when there is none. */
async function settled(ctx: EngineContext, scope: StepScope, vm: PlannedVm): Promise<VmResource | undefined> {
  const deadline = Date.now() + ctx.timing.taskTimeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    const row = (await ctx.inventory.resources()).find((r) => r.vmid === vm.vmid);
    if (!row || !BUSY.has(row.lock ?? '')) return row;
    if (Date.now() > deadline) {
      throw new AtlasError(
        'proxmox',
        `VMID ${vm.vmid} (${vm.name}) is still locked (${row.lock}) after ${formatDuration(ctx.timing.taskTimeoutMs)}.`,
        {
          hint: 'Look at its task in the Proxmox task log; remove the VM if the task failed, then apply again.',
        },
      );
    }
    await pause(pollDelayMs(attempt, ctx.timing.taskPollMs), scope.signal);
  }
}
