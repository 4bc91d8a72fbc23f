// What the resource's Proxmox steps share: the API, the read side, the task waiter, the timings, and
// the signal that StopProvider (Terraform's Ctrl-C) aborts.

import {
  createProxmoxClient,
  type ProxmoxApi,
  type ProxmoxClient,
  ProxmoxInventory,
  TaskWaiter,
} from '../../proxmox/index.ts';
import { isUpid, parseUpid } from '../../proxmox/upid.ts';
import type { Log } from './log.ts';

export interface PveTiming {
  taskTimeoutMs: number;
  taskPollMs: number;
  agentPollMs: number;
  lockBackoffMs: number;
}

export const DEFAULT_PVE_TIMING: PveTiming = {
  taskTimeoutMs: 30 * 60_000,
  taskPollMs: 200,
  agentPollMs: 500,
  lockBackoffMs: 2_000,
};

export interface PveContext {
  api: ProxmoxApi;
  inventory: ProxmoxInventory;
  tasks: TaskWaiter;
  timing: PveTiming;
  signal: AbortSignal;
  log: Log;
}

export interface PveConnection {
  endpoint: string;
  tokenId: string;
  tokenSecret: string;
  insecure: boolean;
}

export function connect(connection: PveConnection): ProxmoxClient {
  return createProxmoxClient({
    url: connection.endpoint,
    tokenId: connection.tokenId,
    tokenSecret: connection.tokenSecret,
    insecure: connection.insecure,
  });
}

export function pveContext(
  client: ProxmoxClient,
  log: Log,
  signal: AbortSignal,
  timing: PveTiming = DEFAULT_PVE_TIMING,
): PveContext {
  const tasks = new TaskWaiter(client.api, { timeoutMs: timing.taskTimeoutMs, pollMs: timing.taskPollMs });
  return { api: client.api, inventory: new ProxmoxInventory(client.api), tasks, timing, signal, log };
}

/** Waits for the task a call returned (calls that finish at once return null instead of a UPID). */
export async function waitTask(ctx: PveContext, node: string, result: unknown): Promise<void> {
  if (!isUpid(result)) return;
  await ctx.tasks.waitForTask(parseUpid(result)?.node || node, result, { signal: ctx.signal });
}
