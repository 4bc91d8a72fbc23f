// `ipconfig[n]` (format pve-qm-ipconfig): `ip=<CIDR|dhcp>,gw=<IPv4>,ip6=<CIDR6|dhcp|auto>,gw6=<IPv6>`.
import { isCidr, isIp, isIpv4 } from './ip.ts';

type KeyCheck = (value: string) => boolean;

const KEYS: Record<string, KeyCheck> = {
  ip: (v) => v === 'dhcp' || isCidr(v, 'ipv4'),
  gw: isIpv4,
  ip6: (v) => v === 'dhcp' || v === 'auto' || isCidr(v, 'ipv6'),
  gw6: (v) => isIp(v) && !isIpv4(v),
};

/** The keys and values of an ipconfig property string (no validation). */
export function parseIpConfig(value: string): Record<string, string> {
  return Object.fromEntries(
    value
      .split(',')
      .filter((part) => part !== '')
      .map((part) => {
        const at = part.indexOf('=');
        return at < 0 ? ['', part] : [part.slice(0, at), part.slice(at + 1)];
      }),
  );
}

export function checkIpConfig(value: string): string | undefined {
  const parsed = parseIpConfig(value);
  for (const [key, item] of Object.entries(parsed)) {
    const check = KEYS[key];
    if (!check) return `invalid format - format error\n${key}: property is not defined in schema`;
    if (!check(item)) return `invalid format - format error\n${key}: invalid value '${item}'`;
  }
  if (parsed.gw !== undefined && parsed.ip === undefined) {
    return 'invalid format - format error\ngw: gateway specified without specifying an IP address';
  }
  return undefined;
}
