// The API engine, and Terraform's output reader, skip loopback addresses: a real VM never reports one on
// its network card. The simulator here reports 127.0.0.1 (SimOptions.guestIp) so that ATLAS reaches the
// test's sshd; this engine decorator fills in the address the simulator's guest agent reports for VMs the
// engine returned without one, read from the same agent endpoint ATLAS polls.
import type { Plan } from '../../../src/domain/plan.ts';
import type { VmResult } from '../../../src/domain/request.ts';
import type { Engine, ProgressReporter } from '../../../src/ports/engine.ts';
import type { Simulator } from '../../../src/sim/index.ts';

interface AgentAnswer {
  data?: {
    result?: { name: string; 'ip-addresses'?: { 'ip-address': string; 'ip-address-type': string }[] }[];
  };
}

export function agentReportedIps(inner: Engine, sim: Simulator): Engine {
  return {
    name: inner.name,
    plan: (request) => inner.plan(request),
    power: (vm, action) => inner.power(vm, action),
    apply: async (plan: Plan, report: ProgressReporter, signal?: AbortSignal): Promise<VmResult[]> => {
      const results = await inner.apply(plan, report, signal);
      return Promise.all(results.map(async (vm) => (vm.ip ? vm : { ...vm, ip: await agentIp(sim, vm) })));
    },
  };
}

async function agentIp(sim: Simulator, vm: VmResult): Promise<string | undefined> {
  const url = `${sim.url}/api2/json/nodes/${vm.node}/qemu/${vm.vmid}/agent/network-get-interfaces`;
  const response = await fetch(url, {
    headers: { authorization: `PVEAPIToken=${sim.tokenId}=${sim.tokenSecret}` },
  });
  const answer = (await response.json()) as AgentAnswer;
  const nic = answer.data?.result?.find((iface) => iface.name !== 'lo');
  return nic?.['ip-addresses']?.find((a) => a['ip-address-type'] === 'ipv4')?.['ip-address'];
}
