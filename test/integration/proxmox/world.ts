import { randomInt, randomUUID } from 'node:crypto';
import type { Plan } from '../../../src/domain/plan.ts';
import { planHash } from '../../../src/domain/plan.ts';
import { newRequestId, type Request } from '../../../src/domain/request.ts';
import type { VmSpec } from '../../../src/domain/vm-spec.ts';
import type { Progress } from '../../../src/ports/engine.ts';
import { ApiEngine, type ApiEngineOptions } from '../../../src/proxmox/api-engine.ts';
import {
  createProxmoxClient,
  type ProxmoxClient,
  type ProxmoxClientOptions,
} from '../../../src/proxmox/client.ts';
import type { EngineTiming } from '../../../src/proxmox/engine-context.ts';
import { checkRequest } from '../../../src/sim/contract.ts';
import { startSimulator } from '../../../src/sim/index.ts';
import { FakeClaims } from '../../unit/proxmox/fake-claims.ts';

/** Waits and retries shrunk so a whole create takes a few hundred milliseconds against the simulator. */
export const FAST: EngineTiming = {
  taskTimeoutMs: 10_000,
  taskPollMs: 5,
  ipTimeoutMs: 5_000,
  ipPollMs: 10,
  lockRetries: 4,
  lockBackoffMs: 5,
  lockBackoffMaxMs: 40,
  concurrency: 4,
};

export type Sim = Awaited<ReturnType<typeof startSimulator>>;
export type SimOptions = Parameters<typeof startSimulator>[0];

export interface World {
  sim: Sim;
  client: ProxmoxClient;
  claims: FakeClaims;
  engine: ApiEngine;
  /** Every request ATLAS sent that breaks the contract derived from the official schema. */
  contractViolations(): string[];
  close(): Promise<void>;
}

export async function startWorld(
  simOptions: SimOptions = {},
  engineOptions: Partial<ApiEngineOptions> = {},
  clientOptions: Partial<ProxmoxClientOptions> = {},
): Promise<World> {
  const sim = await startSimulator({ taskMs: 10, agentIpDelayMs: 20, ...simOptions });
  const client = createProxmoxClient({
    url: sim.url,
    tokenId: sim.tokenId,
    tokenSecret: sim.tokenSecret,
    retryDelayMs: 5,
    ...clientOptions,
  });
  const claims = new FakeClaims();
  const engine = new ApiEngine({ api: client.api, claims, timing: FAST, ...engineOptions });
  return {
    sim,
    client,
    claims,
    engine,
    contractViolations: () => sim.requests.flatMap((r) => checkRequest(r.method, r.path, r.params)),
    close: async () => {
      client.close();
      await sim.close();
    },
  };
}

/** A create request as the core would hand it over (ids are unique per call). */
export function createRequest(vms: Partial<VmSpec>[], id = nextRequestId()): Request {
  return request(id, {
    kind: 'create',
    vms: vms.map((vm, i) => ({
      name: `vm-${i + 1}`,
      cores: 2,
      memoryMiB: 2048,
      diskGiB: 20,
      template: 'ubuntu-24.04',
      sshKeys: [],
      tags: [],
      ...vm,
    })),
  });
}

export function request(id: string, operation: Request['operation']): Request {
  const at = new Date().toISOString();
  return {
    id,
    operation,
    state: 'planning',
    requester: { id: 'console:alice' },
    thread: { platform: 'console', channel: 'local', thread: randomUUID() },
    createdAt: at,
    updatedAt: at,
  };
}

export function nextRequestId(): string {
  return newRequestId((max) => randomInt(max), 6);
}

/** What the worker does: the engine's draft, sealed into a Plan with its hash. */
export async function planFor(engine: ApiEngine, req: Request): Promise<Plan> {
  const draft = await engine.plan(req);
  return {
    id: randomUUID(),
    requestId: req.id,
    engine: engine.name,
    actions: draft.actions,
    hash: planHash({ engine: engine.name, actions: draft.actions }),
    createdAt: new Date().toISOString(),
  };
}

/** A ProgressReporter that keeps the messages. */
export function recorder(): { report: (p: Progress) => Promise<void>; messages: string[] } {
  const messages: string[] = [];
  return { messages, report: async (p) => void messages.push(p.message) };
}
