// GET /nodes/{node}/qemu, .../{vmid}/config, .../{vmid}/status/current.
import { configDigest } from '../config-digest.ts';
import type { Handler } from '../context.ts';
import { clusterNode, vmOnNode } from './common.ts';
import { vmView } from './vm-view.ts';

export const vmList: Handler = (ctx, call) => {
  const node = clusterNode(ctx, call.params.node ?? '');
  return ctx.state
    .vms()
    .filter((vm) => vm.node === node.name)
    .map(vmView);
};

export const vmConfig: Handler = (ctx, call) => {
  const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  return { ...vm.config, digest: configDigest(vm.config) };
};

export const vmStatus: Handler = (ctx, call) => {
  const vm = vmOnNode(ctx, call.params.node ?? '', call.params.vmid);
  const running = vm.status === 'running';
  return {
    ...vmView(vm),
    qmpstatus: vm.status,
    ha: { managed: 0 },
    ...(vm.config.agent !== undefined && agentEnabled(vm.config.agent) ? { agent: 1 } : {}),
    ...(running ? { 'running-machine': 'pc-i440fx-9.2+pve1', 'running-qemu': '9.2.0' } : {}),
  };
};

/** `agent: 1`, `agent: enabled=1,fstrim_cloned_disks=1` → true. */
export function agentEnabled(value: string | number | undefined): boolean {
  const first = String(value ?? '0').split(',')[0] ?? '0';
  return /^(enabled=)?(1|on|yes|true)$/i.test(first);
}
