// Which handler answers which endpoint. Paths are the contract's (src/sim/pve-contract.json).
import type { Handler } from './context.ts';
import { clusterResources, nextId, nodesIndex, version } from './handlers/cluster.ts';
import { nodeNetwork, nodeStorage } from './handlers/node.ts';
import { taskLog, taskStatus } from './handlers/tasks.ts';
import { networkInterfaces } from './handlers/vm-agent.ts';
import { cloneVm } from './handlers/vm-clone.ts';
import { updateConfigAsync, updateConfigSync } from './handlers/vm-config.ts';
import { destroyVm } from './handlers/vm-destroy.ts';
import { migrateVm } from './handlers/vm-migrate.ts';
import { rebootVm, shutdownVm, startVm, stopVm } from './handlers/vm-power.ts';
import { vmConfig, vmList, vmStatus } from './handlers/vm-read.ts';
import { resizeVm } from './handlers/vm-resize.ts';

const VM = '/nodes/{node}/qemu/{vmid}';

const ROUTES: Record<string, Handler> = {
  'GET /version': version,
  'GET /nodes': nodesIndex,
  'GET /cluster/resources': clusterResources,
  'GET /cluster/nextid': nextId,
  'GET /nodes/{node}/storage': nodeStorage,
  'GET /nodes/{node}/network': nodeNetwork,
  'GET /nodes/{node}/qemu': vmList,
  [`GET ${VM}/config`]: vmConfig,
  [`POST ${VM}/config`]: updateConfigAsync,
  [`PUT ${VM}/config`]: updateConfigSync,
  [`POST ${VM}/clone`]: cloneVm,
  [`PUT ${VM}/resize`]: resizeVm,
  [`POST ${VM}/migrate`]: migrateVm,
  [`GET ${VM}/status/current`]: vmStatus,
  [`POST ${VM}/status/start`]: startVm,
  [`POST ${VM}/status/stop`]: stopVm,
  [`POST ${VM}/status/shutdown`]: shutdownVm,
  [`POST ${VM}/status/reboot`]: rebootVm,
  [`DELETE ${VM}`]: destroyVm,
  [`GET ${VM}/agent/network-get-interfaces`]: networkInterfaces,
  'GET /nodes/{node}/tasks/{upid}/status': taskStatus,
  'GET /nodes/{node}/tasks/{upid}/log': taskLog,
};

export function routeFor(method: string, template: string): Handler | undefined {
  return ROUTES[`${method} ${template}`];
}
