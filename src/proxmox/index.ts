export { ApiEngine, type ApiEngineOptions } from './api-engine.ts';
export {
  type ApiRequestable,
  apiOver,
  createProxmoxClient,
  type ProxmoxApi,
  type ProxmoxClient,
  ProxmoxClientOptions,
} from './client.ts';
export { DEFAULT_TIMING, type EngineTiming } from './engine-context.ts';
export { isLockTimeout, isTransient, ProxmoxError } from './proxmox-error.ts';
export { ProxmoxInventory } from './proxmox-inventory.ts';
export { type TaskResult, TaskWaiter, type WaitOptions } from './task-waiter.ts';
export { DEFAULT_RESERVATION_TTL_MS, VmidAllocator, type VmidAllocatorOptions } from './vmid-allocator.ts';
