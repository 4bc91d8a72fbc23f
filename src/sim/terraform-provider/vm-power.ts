// Power: start, stop (hard, as bpg/proxmox does before a destroy), reboot.
import { parseAnswer, VmCurrentStatus } from '../../proxmox/pve-schemas.ts';
import { type PveContext, waitTask } from './pve-context.ts';

export async function powerState(ctx: PveContext, node: string, vmid: number): Promise<string> {
  const data = await ctx.api.nodes.$(node).qemu.$(vmid).status.current.$get();
  return parseAnswer(VmCurrentStatus, data, `the status of VM ${vmid}`).status;
}

export async function startVm(ctx: PveContext, node: string, vmid: number): Promise<void> {
  ctx.log.info({ vmid, node }, 'starting the VM');
  await waitTask(ctx, node, await ctx.api.nodes.$(node).qemu.$(vmid).status.start.$post());
}

export async function stopVm(ctx: PveContext, node: string, vmid: number): Promise<void> {
  ctx.log.info({ vmid, node }, 'stopping the VM');
  await waitTask(ctx, node, await ctx.api.nodes.$(node).qemu.$(vmid).status.stop.$post());
}

export async function rebootVm(ctx: PveContext, node: string, vmid: number): Promise<void> {
  ctx.log.info({ vmid, node }, 'rebooting the VM so that its new settings take effect');
  await waitTask(ctx, node, await ctx.api.nodes.$(node).qemu.$(vmid).status.reboot.$post());
}

/** Brings the VM to the wanted power state; says whether it was running before. */
export async function ensurePower(
  ctx: PveContext,
  node: string,
  vmid: number,
  started: boolean,
): Promise<boolean> {
  const running = (await powerState(ctx, node, vmid)) === 'running';
  if (started && !running) await startVm(ctx, node, vmid);
  if (!started && running) await stopVm(ctx, node, vmid);
  return running;
}
