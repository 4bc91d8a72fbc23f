const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * The address ATLAS reports for a VM, from the `ipv4_addresses` output (bpg: one list of addresses per
 * network interface, as the guest agent reports them): the first IPv4 that is not loopback, link-local
 * or unspecified. Undefined when the agent reported none.
 */
export function pickIpv4(perInterface: unknown): string | undefined {
  if (!Array.isArray(perInterface)) return undefined;
  for (const addresses of perInterface) {
    if (!Array.isArray(addresses)) continue;
    const usable = addresses.find((a): a is string => typeof a === 'string' && isUsable(a));
    if (usable) return usable;
  }
  return undefined;
}

function isUsable(ip: string): boolean {
  const match = IPV4.exec(ip);
  if (!match) return false;
  const [a, b] = [Number(match[1]), Number(match[2])];
  return a !== 127 && a !== 0 && !(a === 169 && b === 254);
}

/** The `ipv4_addresses` output by VM name: `{ "web-01": [["127.0.0.1"], ["10.0.0.5"]] }`. */
export function ipsByName(outputs: Record<string, { value?: unknown }>): Map<string, string> {
  const value = outputs.ipv4_addresses?.value;
  const ips = new Map<string, string>();
  if (value === null || typeof value !== 'object') return ips;
  for (const [name, perInterface] of Object.entries(value)) {
    const ip = pickIpv4(perInterface);
    if (ip) ips.set(name, ip);
  }
  return ips;
}
