import type { PlannedVm } from '../domain/plan.ts';
import { progressLine } from '../domain/progress/progress-line.ts';
import { type EngineContext, type StepScope, waitIfTask } from './engine-context.ts';
import { parseAnswer, VmCurrentStatus } from './pve-schemas.ts';
import { inStep } from './step-context.ts';
import { formatDuration, pause, pollDelayMs } from './wait.ts';

export async function vmStatus(ctx: EngineContext, node: string, vmid: number): Promise<string> {
  const data = await ctx.api.nodes.$(node).qemu.$(vmid).status.current.$get();
  return parseAnswer(VmCurrentStatus, data, `the status of VM ${vmid}`).status;
}

/** Starts the VM unless it already runs. */
export async function ensureRunning(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
  node: string,
): Promise<void> {
  await inStep(`Starting ${vm.name} (vmid ${vm.vmid}) on ${node}`, async () => {
    scope.signal?.throwIfAborted();
    if ((await vmStatus(ctx, node, vm.vmid)) === 'running') return;
    await scope.report({ ...progressLine('starting', vm.name, node), vm: vm.name });
    const upid = await ctx.api.nodes.$(node).qemu.$(vm.vmid).status.start.$post();
    await waitIfTask(ctx, node, upid, scope.signal);
  });
}

/**
 * Polls the guest agent for the first usable IPv4, soon at first and then every `ipPollMs`; undefined
 * when none came within the configured time.
 */
export async function waitForIp(
  ctx: EngineContext,
  scope: StepScope,
  vm: PlannedVm,
  node: string,
): Promise<string | undefined> {
  await scope.report({ ...progressLine('waitingForIp', vm.name), vm: vm.name });
  const deadline = Date.now() + ctx.timing.ipTimeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    scope.signal?.throwIfAborted();
    const ip = await ctx.inventory.guestIp(node, vm.vmid);
    if (ip !== undefined) return ip;
    const delay = pollDelayMs(attempt, ctx.timing.ipPollMs);
    if (Date.now() + delay > deadline) break;
    await pause(delay, scope.signal);
  }
  const waited = formatDuration(ctx.timing.ipTimeoutMs);
  await scope.report({ ...progressLine('noIp', vm.name, waited, vm.template.name), vm: vm.name });
  return undefined;
}
