// A core wired to in-memory fakes of every port, with a scripted engine: for unit tests of use cases.

import type { WorkerDeps } from '../../src/core/deps.ts';
import type { Plan } from '../../src/domain/plan.ts';
import type { Policy } from '../../src/domain/policy.ts';
import type { Request, VmResult } from '../../src/domain/request.ts';
import type { ThreadRef, UserRef } from '../../src/domain/thread.ts';
import type { Engine, PlanDraft, ProgressReporter } from '../../src/ports/engine.ts';
import {
  FakeInventory,
  ManualClock,
  MemoryAuditLog,
  MemoryClaims,
  MemoryConversations,
  MemoryEventBus,
  MemoryQueue,
  MemoryRequestStore,
  silentLogger,
  testPolicy,
} from './memory-ports.ts';

export class ScriptedEngine implements Engine {
  readonly name = 'api';
  readonly applied: Plan[] = [];
  nextVmid = 100;
  failApply: Error | undefined;

  async plan(request: Request): Promise<PlanDraft> {
    if (request.operation.kind === 'destroy')
      return { actions: [{ kind: 'destroy-vm', vm: request.operation.vm }] };
    if (request.operation.kind !== 'create') throw new Error('power requests are not planned');
    return {
      actions: request.operation.vms.map((vm) => ({
        kind: 'create-vm' as const,
        vm: {
          name: vm.name,
          vmid: this.nextVmid++,
          node: vm.node ?? 'pve1',
          template: { name: vm.template, vmid: 9000, node: 'pve1' },
          cores: vm.cores,
          memoryMiB: vm.memoryMiB,
          diskGiB: vm.diskGiB,
          storage: 'local-lvm',
          bridge: 'vmbr0',
          ciUser: 'atlas',
          sshKeys: vm.sshKeys,
          ipConfig: 'ip=dhcp',
          tags: ['atlas', `atlas-${request.id.toLowerCase()}`],
        },
      })),
    };
  }

  async apply(plan: Plan, report: ProgressReporter): Promise<VmResult[]> {
    if (this.failApply) throw this.failApply;
    this.applied.push(plan);
    const results: VmResult[] = [];
    for (const action of plan.actions) {
      if (action.kind !== 'create-vm') continue;
      await report({ message: `cloning ${action.vm.name}`, vm: action.vm.name });
      results.push({
        name: action.vm.name,
        vmid: action.vm.vmid,
        node: action.vm.node,
        ip: `10.0.0.${action.vm.vmid - 99}`,
      });
    }
    return results;
  }

  async power(): Promise<void> {}
}

export const thread: ThreadRef = { platform: 'console', channel: 'local', thread: 'main' };
export const alice: UserRef = { id: 'console:alice', name: 'alice' };
export const bob: UserRef = { id: 'console:bob', name: 'bob' };
export const carol: UserRef = { id: 'console:carol', name: 'carol' };
export const mallory: UserRef = { id: 'console:mallory', name: 'mallory' };

export function coreWorld(policy: Partial<Policy> = {}) {
  const clock = new ManualClock();
  const deps = {
    requests: new MemoryRequestStore(clock),
    audit: new MemoryAuditLog(clock),
    conversations: new MemoryConversations(),
    queue: new MemoryQueue(),
    events: new MemoryEventBus(),
    claims: new MemoryClaims(),
    inventory: new FakeInventory(
      [
        { name: 'pve1', online: true, cpus: 16, cpuLoad: 0.1, memoryMiB: 65536, memoryUsedMiB: 8192 },
        { name: 'pve2', online: true, cpus: 8, cpuLoad: 0.5, memoryMiB: 32768, memoryUsedMiB: 30000 },
      ],
      [
        { name: 'ubuntu-24.04', vmid: 9000, node: 'pve1' },
        { name: 'debian-12', vmid: 9001, node: 'pve1' },
      ],
    ),
    clock,
    policy: testPolicy(policy),
    logger: silentLogger,
    engine: new ScriptedEngine(),
  } satisfies WorkerDeps;
  let n = 0;
  const say = (user: UserRef, text: string) => ({ eventId: `e${++n}`, thread, user, text });
  return { deps, clock, say };
}
