// In-memory fakes of the ports, for unit tests of the core. Real stores are tested in test/integration.
import type { AuditEntry, NewAuditEntry } from '../../src/domain/audit.ts';
import type { AtlasEvent } from '../../src/domain/events.ts';
import type { NodeInfo, TemplateInfo, VmInfo } from '../../src/domain/inventory.ts';
import type { Language } from '../../src/domain/language.ts';
import type { Plan } from '../../src/domain/plan.ts';
import type { Policy } from '../../src/domain/policy.ts';
import {
  isTerminal,
  newRequestId,
  type Operation,
  type Request,
  type RequestState,
} from '../../src/domain/request.ts';
import { type ThreadRef, threadKey } from '../../src/domain/thread.ts';
import type { AuditLog } from '../../src/ports/audit-log.ts';
import type { Claims } from '../../src/ports/claims.ts';
import type { Clock } from '../../src/ports/clock.ts';
import type { Conversation, ConversationStore } from '../../src/ports/conversation-store.ts';
import type { EventBus } from '../../src/ports/event-bus.ts';
import type { Inventory } from '../../src/ports/inventory.ts';
import type { EnqueueResult, JobData, JobKind, JobQueue } from '../../src/ports/job-queue.ts';
import type { Logger } from '../../src/ports/logger.ts';
import type {
  Approval,
  FinishedQuery,
  JobRecord,
  NewRequest,
  RequestPatch,
  RequestStore,
} from '../../src/ports/request-store.ts';
import { jobIdFor } from '../../src/queue/job-data.ts';

export class MemoryRequestStore implements RequestStore {
  readonly requests = new Map<string, Request>();
  readonly plans = new Map<string, Plan>();
  readonly approvals: Approval[] = [];
  readonly jobs: (JobRecord & { at: string })[] = [];
  readonly clock: Clock;
  constructor(clock: Clock) {
    this.clock = clock;
  }

  async create(input: NewRequest): Promise<Request> {
    const now = this.clock.now().toISOString();
    const id = newRequestId((max) => Math.floor(Math.random() * max));
    const request: Request = { id, state: 'received', createdAt: now, updatedAt: now, ...input };
    this.requests.set(id, request);
    return structuredClone(request);
  }
  async get(id: string) {
    const r = this.requests.get(id);
    return r && structuredClone(r);
  }
  async transition(
    id: string,
    from: readonly RequestState[],
    to: RequestState,
    patch: RequestPatch = {},
    expect?: { revision: number },
  ) {
    const r = this.requests.get(id);
    if (!r || !from.includes(r.state)) return undefined;
    if (expect && (r.revision ?? 0) !== expect.revision) return undefined;
    const next = { ...r, ...patch, state: to, updatedAt: this.clock.now().toISOString() };
    this.requests.set(id, next);
    return structuredClone(next);
  }
  async revise(id: string, from: readonly RequestState[], operation: Operation) {
    const r = this.requests.get(id);
    if (!r || !from.includes(r.state)) return undefined;
    const { planId: _id, planHash: _hash, expiresAt: _expires, ...rest } = r;
    const next: Request = {
      ...rest,
      operation,
      state: 'planning',
      revision: (r.revision ?? 0) + 1,
      updatedAt: this.clock.now().toISOString(),
    };
    this.requests.set(id, next);
    return structuredClone(next);
  }
  async listByThread(thread: ThreadRef, limit = 50) {
    return [...this.requests.values()]
      .filter((r) => threadKey(r.thread) === threadKey(thread))
      .reverse()
      .slice(0, limit);
  }
  async listByRequester(userId: string, limit = 50) {
    return [...this.requests.values()]
      .filter((r) => r.requester.id === userId)
      .reverse()
      .slice(0, limit);
  }
  async listExpired(now: string) {
    return [...this.requests.values()].filter(
      (r) => r.state === 'awaiting_approval' && r.expiresAt !== undefined && r.expiresAt < now,
    );
  }
  async listFinished({ before, after, limit }: FinishedQuery) {
    const touched = new Set(this.jobs.filter((j) => j.at >= before).map((j) => j.requestId));
    const key = (r: Pick<Request, 'id' | 'updatedAt'>) => `${r.updatedAt} ${r.id}`;
    return [...this.requests.values()]
      .filter((r) => isTerminal(r.state) && r.updatedAt < before && !touched.has(r.id))
      .filter((r) => !after || key(r) > key(after))
      .sort((a, b) => (key(a) < key(b) ? -1 : 1))
      .slice(0, limit)
      .map((r) => structuredClone(r));
  }
  async savePlan(plan: Plan) {
    this.plans.set(plan.id, structuredClone(plan));
  }
  async getPlan(id: string) {
    const p = this.plans.get(id);
    return p && structuredClone(p);
  }
  async addApproval(approval: Approval) {
    if (
      this.approvals.some(
        (a) =>
          a.requestId === approval.requestId &&
          a.approver === approval.approver &&
          a.planHash === approval.planHash,
      )
    )
      return false;
    this.approvals.push(approval);
    return true;
  }
  async listApprovals(requestId: string) {
    return this.approvals.filter((a) => a.requestId === requestId);
  }
  async recordJob(job: JobRecord) {
    this.jobs.push({ ...job, at: this.clock.now().toISOString() });
  }
  async listJobs(requestId: string) {
    return this.jobs.filter((j) => j.requestId === requestId);
  }
}

export class MemoryAuditLog implements AuditLog {
  readonly entries: AuditEntry[] = [];
  readonly clock: Clock;
  constructor(clock: Clock) {
    this.clock = clock;
  }
  async append(entry: NewAuditEntry) {
    const full: AuditEntry = {
      id: this.entries.length + 1,
      ...entry,
      at: entry.at ?? this.clock.now().toISOString(),
    };
    this.entries.push(full);
    return full;
  }
  async list(filter: { requestId?: string; limit?: number }) {
    return this.entries
      .filter((e) => !filter.requestId || e.requestId === filter.requestId)
      .slice(-(filter.limit ?? 1000));
  }
}

export class MemoryConversations implements ConversationStore {
  readonly threads = new Map<string, Conversation>();
  async get(thread: ThreadRef) {
    return this.threads.get(threadKey(thread));
  }
  async addRequest(thread: ThreadRef, requestId: string) {
    const c = this.threads.get(threadKey(thread)) ?? { requestIds: [], updatedAt: '' };
    this.threads.set(threadKey(thread), {
      ...c,
      requestIds: [requestId, ...c.requestIds].slice(0, 20),
      updatedAt: new Date().toISOString(),
    });
  }
  async language(thread: ThreadRef) {
    return this.threads.get(threadKey(thread))?.language;
  }
  async setLanguage(thread: ThreadRef, language: Language) {
    const c = this.threads.get(threadKey(thread)) ?? { requestIds: [], updatedAt: new Date().toISOString() };
    this.threads.set(threadKey(thread), { ...c, language });
  }
}

export class MemoryClaims implements Claims {
  readonly keys = new Set<string>();
  async claim(key: string) {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    return true;
  }
  async release(key: string) {
    this.keys.delete(key);
  }
}

export class MemoryEventBus implements EventBus {
  readonly published: AtlasEvent[] = [];
  readonly #handlers = new Set<(event: AtlasEvent) => Promise<void>>();
  async publish(event: AtlasEvent) {
    this.published.push(event);
    for (const handler of this.#handlers) await handler(event);
  }
  async subscribe(handler: (event: AtlasEvent) => Promise<void>) {
    this.#handlers.add(handler);
    return async () => {
      this.#handlers.delete(handler);
    };
  }
}

export class MemoryQueue implements JobQueue {
  readonly jobs: { kind: JobKind; data: JobData; jobId: string }[] = [];
  async enqueue(kind: JobKind, data: JobData): Promise<EnqueueResult> {
    const jobId = jobIdFor(kind, data);
    const duplicate = this.jobs.some((j) => j.jobId === jobId);
    if (!duplicate) this.jobs.push({ kind, data, jobId });
    return { jobId, duplicate, waiting: 0 };
  }
}

export class FakeInventory implements Inventory {
  nodeList: NodeInfo[];
  templateList: TemplateInfo[];
  vmList: VmInfo[];
  constructor(nodeList: NodeInfo[], templateList: TemplateInfo[], vmList: VmInfo[] = []) {
    this.nodeList = nodeList;
    this.templateList = templateList;
    this.vmList = vmList;
  }
  async nodes() {
    return this.nodeList;
  }
  async templates() {
    return this.templateList;
  }
  async vms() {
    return this.vmList;
  }
  async vm(name: string) {
    return this.vmList.find((vm) => vm.name === name);
  }
}

export class ManualClock implements Clock {
  current: Date;
  constructor(current = new Date('2026-11-24T14:00:00.000Z')) {
    this.current = current;
  }
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};

export function testPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    approvers: ['console:bob', 'console:carol'],
    requiredApprovals: 1,
    allowSelfApproval: false,
    approvalTtlMs: 24 * 3600_000,
    limits: { maxCores: 16, maxMemoryMiB: 65536, maxDiskGiB: 500, maxCount: 10 },
    defaults: { cores: 2, memoryMiB: 2048, diskGiB: 20, template: 'ubuntu-24.04', tags: [] },
    ...overrides,
  };
}
