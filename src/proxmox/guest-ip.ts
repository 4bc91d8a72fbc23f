import type { AgentInterfaces } from './pve-schemas.ts';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The first IPv4 address the guest agent reports that is not loopback or link-local. */
export function pickGuestIp(agent: AgentInterfaces): string | undefined {
  for (const iface of agent.result) {
    if (iface.name === 'lo') continue;
    for (const address of iface['ip-addresses'] ?? []) {
      const ip = address['ip-address'];
      const type = address['ip-address-type'];
      if (type !== undefined && type !== 'ipv4') continue;
      if (isUsableIpv4(ip)) return ip;
    }
  }
  return undefined;
}

function isUsableIpv4(ip: string): boolean {
  const match = IPV4.exec(ip);
  if (!match) return false;
  const [a, b] = [Number(match[1]), Number(match[2])];
  return a !== 127 && !(a === 169 && b === 254) && a !== 0;
}
