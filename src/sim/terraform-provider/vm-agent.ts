// The guest agent's view of the VM's network: addresses per interface, the way bpg/proxmox reports
// them (`ipv4_addresses[1][0]` is the first address of the first interface after `lo`).
import { z } from 'zod';
import { pickGuestIp } from '../../proxmox/guest-ip.ts';
import { ProxmoxError } from '../../proxmox/index.ts';
import { parseAnswer } from '../../proxmox/pve-schemas.ts';
import { pause } from '../../proxmox/wait.ts';
import type { PveContext } from './pve-context.ts';

const AgentAnswer = z.object({
  result: z.array(
    z.object({
      name: z.string().optional(),
      'hardware-address': z.string().optional(),
      'ip-addresses': z
        .array(z.object({ 'ip-address': z.string(), 'ip-address-type': z.string().optional() }))
        .optional(),
    }),
  ),
});
type AgentAnswer = z.infer<typeof AgentAnswer>;

export interface NetworkFacts {
  ipv4: string[][];
  ipv6: string[][];
  macs: string[];
  names: string[];
}

/** What the agent reports now; undefined while it does not answer (not running, not installed). */
export async function readAgent(
  ctx: PveContext,
  node: string,
  vmid: number,
): Promise<AgentAnswer | undefined> {
  try {
    const data = await ctx.api.nodes.$(node).qemu.$(vmid).agent['network-get-interfaces'].$get();
    return parseAnswer(AgentAnswer, data, `the guest agent interfaces of VM ${vmid}`);
  } catch (error) {
    if (error instanceof ProxmoxError && error.status === 500) return undefined;
    throw error;
  }
}

export function networkFacts(answer: AgentAnswer): NetworkFacts {
  const addresses = (type: string) =>
    answer.result.map((iface) =>
      (iface['ip-addresses'] ?? []).filter((a) => a['ip-address-type'] === type).map((a) => a['ip-address']),
    );
  return {
    ipv4: addresses('ipv4'),
    ipv6: addresses('ipv6'),
    macs: answer.result.map((iface) => (iface['hardware-address'] ?? '').toUpperCase()),
    names: answer.result.map((iface) => iface.name ?? ''),
  };
}

/** Polls the agent until it reports a usable IPv4 address; undefined when `timeoutMs` passed first. */
export async function waitForAgent(
  ctx: PveContext,
  node: string,
  vmid: number,
  timeoutMs: number,
): Promise<AgentAnswer | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    ctx.signal.throwIfAborted();
    const answer = await readAgent(ctx, node, vmid);
    if (answer && pickGuestIp(answer) !== undefined) return answer;
    if (Date.now() + ctx.timing.agentPollMs > deadline) return undefined;
    await pause(ctx.timing.agentPollMs, ctx.signal);
  }
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** Go durations as bpg/proxmox takes them: `15m`, `1h30m`, `90s`, `500ms`. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  }
  return total;
}
