// GET /version, /nodes, /cluster/resources, /cluster/nextid.
import type { Handler, SimContext } from '../context.ts';
import { paramError } from '../sim-error.ts';
import { storagesOf, usedBytes } from '../storage.ts';
import type { SimNode } from '../types.ts';
import { nodeUsage } from '../usage.ts';
import { vmView } from './vm-view.ts';

const GiB = 1024 ** 3;
const ROOT_DISK = 100 * GiB;

export const version: Handler = () => ({ version: '9.1.3', release: '9.1', repoid: '7f2c1e4b' });

function nodeUptime(ctx: SimContext): number {
  return 12 * 86_400 + Math.floor((Date.now() - ctx.state.startedAt) / 1000);
}

function nodeEntry(ctx: SimContext, node: SimNode): Record<string, unknown> {
  const head = { id: `node/${node.name}`, type: 'node', node: node.name };
  if (!node.online) return { ...head, status: 'offline' };
  const usage = nodeUsage(ctx.state, node);
  return {
    ...head,
    status: 'online',
    cpu: Number(usage.cpu.toFixed(4)),
    maxcpu: node.cpus,
    mem: usage.memBytes,
    maxmem: usage.maxmemBytes,
    disk: 8 * GiB,
    maxdisk: ROOT_DISK,
    uptime: nodeUptime(ctx),
    level: '',
  };
}

export const nodesIndex: Handler = (ctx) => ctx.state.nodes().map((node) => nodeEntry(ctx, node));

function storageEntries(ctx: SimContext, node: SimNode): Record<string, unknown>[] {
  return storagesOf(ctx.state, node).map((storage) => ({
    id: `storage/${node.name}/${storage.name}`,
    type: 'storage',
    storage: storage.name,
    node: node.name,
    plugintype: storage.type,
    content: storage.content,
    disk: usedBytes(ctx.state, node, storage),
    maxdisk: storage.totalBytes,
    shared: storage.shared ? 1 : 0,
    status: node.online ? 'available' : 'unknown',
  }));
}

function vmEntries(ctx: SimContext): Record<string, unknown>[] {
  return ctx.state.vms().map((vm) => {
    const { cpus, ...view } = vmView(vm);
    return {
      id: `qemu/${vm.vmid}`,
      type: 'qemu',
      node: vm.node,
      ...view,
      maxcpu: cpus,
      template: view.template ?? 0,
      ...(vm.pool ? { pool: vm.pool } : {}),
    };
  });
}

export const clusterResources: Handler = (ctx, call) => {
  const type = call.params.type;
  const nodes = ctx.state.nodes();
  return [
    ...(type === undefined || type === 'node' ? nodes.map((node) => nodeEntry(ctx, node)) : []),
    ...(type === undefined || type === 'storage' ? nodes.flatMap((node) => storageEntries(ctx, node)) : []),
    ...(type === undefined || type === 'vm' ? vmEntries(ctx) : []),
  ];
};

/** The next free VMID as text, like the real server; with `vmid`, that id if free, else a 400. */
export const nextId: Handler = (ctx, call) => {
  const wanted = call.params.vmid;
  if (wanted !== undefined) {
    if (ctx.state.vm(Number(wanted))) throw paramError({ vmid: `VM ${wanted} already exists` });
    return wanted;
  }
  let vmid = ctx.options.firstVmid;
  while (ctx.state.vm(vmid)) vmid += 1;
  return String(vmid);
};
