import type { ProgressReporter } from '../ports/engine.ts';
import type { ProxmoxApi } from './client.ts';
import type { KeyedMutex } from './concurrency.ts';
import type { ProxmoxInventory } from './proxmox-inventory.ts';
import type { TaskWaiter } from './task-waiter.ts';
import { isUpid, parseUpid } from './upid.ts';

/** Every wait and retry of the engine; tests shrink them to milliseconds. */
export interface EngineTiming {
  /** Longest wait for one Proxmox task (clone, start, stop, delete, resize). */
  taskTimeoutMs: number;
  /** Longest wait between two task status polls; the first ones come sooner (100 ms, doubling). */
  taskPollMs: number;
  /** Longest wait for the guest agent to report an IP after start. */
  ipTimeoutMs: number;
  /** Longest wait between two guest agent polls; the first ones come sooner (100 ms, doubling). */
  ipPollMs: number;
  /** Further tries of a clone that hit a lock timeout, and their backoff. */
  lockRetries: number;
  lockBackoffMs: number;
  lockBackoffMaxMs: number;
  /** VMs of one plan created at the same time. */
  concurrency: number;
}

export const DEFAULT_TIMING: EngineTiming = {
  taskTimeoutMs: 15 * 60_000,
  taskPollMs: 1_000,
  ipTimeoutMs: 5 * 60_000,
  ipPollMs: 2_000,
  lockRetries: 5,
  lockBackoffMs: 2_000,
  lockBackoffMaxMs: 30_000,
  concurrency: 4,
};

/** What the apply steps share. */
export interface EngineContext {
  api: ProxmoxApi;
  inventory: ProxmoxInventory;
  tasks: TaskWaiter;
  timing: EngineTiming;
  /** Clones of one template run one at a time in this process. */
  clonePacer: KeyedMutex;
}

/** One VM's apply: where progress goes and what can stop it. */
export interface StepScope {
  report: ProgressReporter;
  signal: AbortSignal | undefined;
  requestId: string;
}

/** Waits for a task when a call returned one (some PVE versions answer synchronously with null). */
export async function waitIfTask(
  ctx: EngineContext,
  node: string,
  result: unknown,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (!isUpid(result)) return;
  await ctx.tasks.waitForTask(parseUpid(result)?.node || node, result, {
    timeoutMs: ctx.timing.taskTimeoutMs,
    pollMs: ctx.timing.taskPollMs,
    ...(signal ? { signal } : {}),
  });
}
