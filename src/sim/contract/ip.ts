// IP address and CIDR checks for the formats the PVE API uses (loose for IPv6, like the real check).
const IPV4 = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9a-f:]*:[0-9a-f:.]*$/i;

export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

export function isIp(value: string): boolean {
  return IPV4.test(value) || IPV6.test(value);
}

export function isCidr(value: string, family: 'ipv4' | 'ipv6' | 'any' = 'any'): boolean {
  const [address = '', bits = '', ...rest] = value.split('/');
  if (rest.length > 0 || !/^\d{1,3}$/.test(bits)) return false;
  const v4 = IPV4.test(address) && Number(bits) <= 32;
  const v6 = IPV6.test(address) && Number(bits) <= 128;
  if (family === 'ipv4') return v4;
  return family === 'ipv6' ? v6 : v4 || v6;
}
