// GET /nodes/{node}/storage and /nodes/{node}/network.
import type { Handler, SimContext } from '../context.ts';
import { storagesOf, usedBytes } from '../storage.ts';
import type { SimNode } from '../types.ts';
import { clusterNode } from './common.ts';

function storages(ctx: SimContext, node: SimNode) {
  return storagesOf(ctx.state, node).map((storage) => {
    const used = usedBytes(ctx.state, node, storage);
    return {
      storage: storage.name,
      type: storage.type,
      content: storage.content,
      active: 1,
      enabled: 1,
      shared: storage.shared ? 1 : 0,
      total: storage.totalBytes,
      used,
      avail: storage.totalBytes - used,
      used_fraction: Number((used / storage.totalBytes).toFixed(6)),
    };
  });
}

export const nodeStorage: Handler = (ctx, call) => {
  const { node: name = '', content, storage } = call.params;
  const wanted = content?.split(/[,;\s]+/).filter((item) => item !== '') ?? [];
  return storages(ctx, clusterNode(ctx, name)).filter((entry) => {
    const offers = entry.content.split(',');
    return (
      (storage === undefined || entry.storage === storage) && wanted.every((type) => offers.includes(type))
    );
  });
};

function interfaces(ctx: SimContext, node: SimNode): Record<string, unknown>[] {
  const host = 10 + ctx.state.nodes().indexOf(node);
  return [
    {
      iface: 'eno1',
      type: 'eth',
      active: 1,
      exists: 1,
      method: 'manual',
      method6: 'manual',
      families: ['inet'],
      priority: 3,
    },
    {
      iface: node.bridge,
      type: 'bridge',
      active: 1,
      autostart: 1,
      bridge_ports: 'eno1',
      bridge_stp: 'off',
      bridge_fd: '0',
      method: 'static',
      method6: 'manual',
      families: ['inet'],
      address: `192.168.1.${host}`,
      netmask: '24',
      cidr: `192.168.1.${host}/24`,
      gateway: '192.168.1.1',
      priority: 4,
    },
  ];
}

const BRIDGE_TYPES = new Set(['bridge', 'any_bridge', 'any_local_bridge']);

export const nodeNetwork: Handler = (ctx, call) => {
  const { node: name = '', type } = call.params;
  const all = interfaces(ctx, clusterNode(ctx, name));
  if (type === undefined || type === 'include_sdn') return all;
  return all.filter((entry) => (BRIDGE_TYPES.has(type) ? entry.type === 'bridge' : entry.type === type));
};
