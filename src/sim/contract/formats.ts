// The named string formats of the PVE API that ATLAS sends, checked the way PVE::JSONSchema does.
// A format not listed here is not checked. Each check returns the PVE error text, or undefined when valid.
import { isCidr, isIp, isIpv4 } from './ip.ts';
import { checkIpConfig } from './ip-config.ts';

type FormatCheck = (value: string) => string | undefined;

const LABEL = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const NODE = new RegExp(`^${LABEL}$`);
const DNS_NAME = new RegExp(`^(${LABEL}\\.)*${LABEL}$`);
const TAG = /^[a-z0-9_][a-z0-9_\-+.]*$/i;
const URLENCODED = /^[-%a-zA-Z0-9_.!~*'()]*$/;
const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;
const CONFIG_ID = /^[a-z][a-z0-9_-]+$/i;
const POOL_ID = /^[A-Za-z0-9.\-_]+$/;
const BRIDGE_ID = /^[-_.\w]+$/;
const MAC = /^[a-f0-9]{2}(:[a-f0-9]{2}){5}$/i;
const CONTENT = new Set(['images', 'rootdir', 'vztmpl', 'iso', 'backup', 'snippets', 'import']);

const list = (value: string): string[] => value.split(/[,;\s]+/).filter((item) => item !== '');

function each(check: FormatCheck): FormatCheck {
  return (value) =>
    list(value)
      .map(check)
      .find((error) => error !== undefined);
}

const configId: FormatCheck = (v) => (CONFIG_ID.test(v) ? undefined : `invalid configuration ID '${v}'`);
const storageId: FormatCheck = (v) =>
  STORAGE_ID.test(v) ? undefined : `storage ID '${v}' contains illegal characters`;

const FORMATS: Record<string, FormatCheck> = {
  'pve-node': (v) => (NODE.test(v) ? undefined : 'value does not look like a valid node name'),
  'pve-vmid': (v) => (/^[1-9]\d{2,8}$/.test(v) ? undefined : 'value does not look like a valid VM ID'),
  'dns-name': (v) => (DNS_NAME.test(v) ? undefined : 'value does not look like a valid DNS name'),
  'pve-tag-list': each((v) => (TAG.test(v) ? undefined : `invalid tag '${v}'`)),
  urlencoded: (v) => (URLENCODED.test(v) ? undefined : `invalid urlencoded string: ${v}`),
  'pve-storage-id': storageId,
  'pve-storage-id-list': each(storageId),
  'pve-configid': configId,
  'pve-configid-list': each(configId),
  'pve-poolid': (v) => (POOL_ID.test(v) ? undefined : `invalid pool ID '${v}'`),
  'pve-bridge-id': (v) => (BRIDGE_ID.test(v) ? undefined : `invalid bridge ID '${v}'`),
  'mac-addr': (v) => (MAC.test(v) ? undefined : 'value does not look like a valid unicast MAC address'),
  'pve-storage-content-list': each((v) => (CONTENT.has(v) ? undefined : `invalid content type '${v}'`)),
  'address-list': each((v) => (isIp(v) ? undefined : `unable to parse address '${v}'`)),
  ipv4: (v) => (isIpv4(v) ? undefined : `value does not look like a valid IPv4 address`),
  CIDR: (v) => (isCidr(v) ? undefined : `value does not look like a valid CIDR network`),
  'pve-qm-ipconfig': checkIpConfig,
};

export function checkFormat(format: string, value: string): string | undefined {
  return FORMATS[format]?.(value);
}
