// GET /nodes/{node}/qemu/{vmid}/agent/network-get-interfaces: the guest agent answers a while after start.
import type { Handler } from '../context.ts';
import { SimError } from '../sim-error.ts';
import type { SimVm } from '../types.ts';
import { vmOnNode } from './common.ts';
import { agentEnabled } from './vm-read.ts';

function prefixOf(vm: SimVm): number {
  const bits = /(?:^|,)ip=[\d.]+\/(\d+)/.exec(String(vm.config.ipconfig0 ?? ''))?.[1];
  return bits === undefined ? 24 : Number(bits);
}

function macOf(vm: SimVm): string {
  const mac =
    /([0-9A-F]{2}(?::[0-9A-F]{2}){5})/i.exec(String(vm.config.net0 ?? ''))?.[1] ?? 'BC:24:11:00:00:00';
  return mac.toLowerCase();
}

function linkLocal(mac: string): string {
  const [a = '0', b = '0', c = '0', d = '0', e = '0', f = '0'] = mac.split(':');
  const first = (Number.parseInt(a, 16) ^ 2).toString(16);
  return `fe80::${first}${b}:${c}ff:fe${d}:${e}${f}`;
}

const stats = {
  'rx-bytes': 123_456,
  'rx-packets': 1_024,
  'rx-errs': 0,
  'rx-dropped': 0,
  'tx-bytes': 65_432,
  'tx-packets': 512,
  'tx-errs': 0,
  'tx-dropped': 0,
};

export const networkInterfaces: Handler = (ctx, call) => {
  const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  if (!agentEnabled(vm.config.agent)) throw new SimError(500, 'No QEMU guest agent configured');
  if (vm.status !== 'running') throw new SimError(500, `VM ${vm.vmid} is not running`);
  if (vm.ip === undefined || Date.now() < (vm.agentReadyAt ?? 0))
    throw new SimError(500, 'QEMU guest agent is not running');
  const mac = macOf(vm);
  const ip = ctx.options.guestIp ?? vm.ip;
  return {
    result: [
      {
        name: 'lo',
        'hardware-address': '00:00:00:00:00:00',
        'ip-addresses': [
          { 'ip-address-type': 'ipv4', 'ip-address': '127.0.0.1', prefix: 8 },
          { 'ip-address-type': 'ipv6', 'ip-address': '::1', prefix: 128 },
        ],
        statistics: stats,
      },
      {
        name: 'eth0',
        'hardware-address': mac,
        'ip-addresses': [
          { 'ip-address-type': 'ipv4', 'ip-address': ip, prefix: prefixOf(vm) },
          { 'ip-address-type': 'ipv6', 'ip-address': linkLocal(mac), prefix: 64 },
        ],
        statistics: stats,
      },
    ],
  };
};
