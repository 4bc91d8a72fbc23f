// Reads a VM back from PVE: its config, power state and (when the agent is on) its addresses.
import { agentEnabled } from '../../proxmox/vm-config.ts';
import type { ValueObject } from './cty-value.ts';
import type { PveContext } from './pve-context.ts';
import { networkFacts, readAgent } from './vm-agent.ts';
import type { VmArgs } from './vm-args.ts';
import type { PveConfig } from './vm-config-changes.ts';
import { findVm } from './vm-locate.ts';
import { powerState } from './vm-power.ts';
import { vmState } from './vm-state.ts';

/** The VM's state, or null when no VM has this identifier any more. */
export async function readVm(
  ctx: PveContext,
  vmid: number,
  ref: VmArgs,
  imported = false,
): Promise<ValueObject | null> {
  const place = await findVm(ctx, vmid);
  if (!place) return null;
  const config = (await ctx.inventory.vmConfig(place.node, vmid)) as PveConfig;
  const running = (await powerState(ctx, place.node, vmid)) === 'running';
  const agentOn = agentEnabled(
    typeof config.agent === 'number' || typeof config.agent === 'string' ? config.agent : undefined,
  );
  const answer = agentOn && running ? await readAgent(ctx, place.node, vmid) : undefined;
  const network = answer ? networkFacts(answer) : undefined;
  return vmState({ vmid, node: place.node, config, running, network }, ref, imported);
}
