// The Proxmox side of create, update and delete. Each step looks at what is there first, so a
// repeated apply only does what is still missing.
import { AtlasError } from '../../domain/errors.ts';
import { agentEnabled } from '../../proxmox/vm-config.ts';
import { type PveContext, waitTask } from './pve-context.ts';
import { parseDuration, waitForAgent } from './vm-agent.ts';
import type { VmArgs } from './vm-args.ts';
import { cloneVm } from './vm-clone.ts';
import { configChanges, needsReboot, type PveConfig } from './vm-config-changes.ts';
import { convergeDisks } from './vm-disks.ts';
import { findVm } from './vm-locate.ts';
import { ensurePower, powerState, rebootVm, stopVm } from './vm-power.ts';

/** Clones the template into a new VM; returns its identifier. */
export async function cloneNewVm(ctx: PveContext, args: VmArgs): Promise<number> {
  const clone = args.clone[0];
  if (!clone) {
    throw new AtlasError(
      'usage',
      'The VM has no clone block, and this provider only creates VMs by cloning.',
      {
        hint: 'Add clone { vm_id = <template VM id> }.',
      },
    );
  }
  const vmid = args.vm_id ?? (await ctx.inventory.nextId());
  await cloneVm(ctx, args, clone, vmid);
  return vmid;
}

/** Makes the VM's config, disks and power state match the arguments; returns warnings. */
export async function convergeVm(
  ctx: PveContext,
  node: string,
  vmid: number,
  args: VmArgs,
): Promise<string[]> {
  const qemu = ctx.api.nodes.$(node).qemu.$(vmid);
  const config = (await ctx.inventory.vmConfig(node, vmid)) as PveConfig;
  const changes = configChanges(config, args);
  const remove = changes.remove.length > 0 ? { delete: changes.remove.join(',') } : {};
  if (Object.keys(changes.set).length > 0 || changes.remove.length > 0) {
    ctx.log.info({ vmid, keys: [...Object.keys(changes.set), ...changes.remove] }, 'updating the VM config');
    await qemu.config.$put({ ...changes.set, ...remove } as Record<string, string>);
  }
  await convergeDisks(ctx, node, vmid, args.disk, config);
  const started = args.started ?? true;
  const wasRunning = await ensurePower(ctx, node, vmid, started);
  if (wasRunning && started && needsReboot(changes)) await rebootVm(ctx, node, vmid);
  return started && agentOn(args, config, changes) ? await awaitAgent(ctx, node, vmid, args) : [];
}

function agentOn(args: VmArgs, config: PveConfig, changes: ReturnType<typeof configChanges>): boolean {
  const wanted = args.agent[0]?.enabled;
  if (wanted !== undefined && wanted !== null) return wanted;
  const now = changes.set.agent ?? config.agent;
  return agentEnabled(typeof now === 'number' || typeof now === 'string' ? now : undefined);
}

async function awaitAgent(ctx: PveContext, node: string, vmid: number, args: VmArgs): Promise<string[]> {
  const timeout = args.agent[0]?.timeout ?? '15m';
  const timeoutMs = parseDuration(timeout) ?? 15 * 60_000;
  if (await waitForAgent(ctx, node, vmid, timeoutMs)) return [];
  return [
    `The guest agent of VM ${vmid} reported no IPv4 address within ${timeout}, so ipv4_addresses is empty. ` +
      'Check that qemu-guest-agent is installed and running in the template, or raise agent.timeout.',
  ];
}

/** Stops the VM and destroys it with its disks. A VM that is gone already is fine. */
export async function destroyVm(ctx: PveContext, vmid: number): Promise<void> {
  const place = await findVm(ctx, vmid);
  if (!place) return;
  if (place.template) {
    throw new AtlasError('conflict', `VM ${vmid} is a template now; it was not destroyed.`, {
      hint: 'Remove it from the Terraform state (terraform state rm) if the template is meant to stay.',
    });
  }
  if ((await powerState(ctx, place.node, vmid)) !== 'stopped') await stopVm(ctx, place.node, vmid);
  ctx.log.info({ vmid, node: place.node }, 'destroying the VM');
  const qemu = ctx.api.nodes.$(place.node).qemu.$(vmid);
  await waitTask(ctx, place.node, await qemu.$delete({ purge: true, 'destroy-unreferenced-disks': true }));
}
