// The whole pipeline in one test process: real Redis, real PostgreSQL (a schema of its own), the Proxmox
// simulator over HTTP, BullMQ workers, the renderer, and a chat platform that records what it shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRenderer } from '../../src/cli/renderer-loop.ts';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { terraformSchemaName } from '../../src/cli/terraform-wiring.ts';
import { startWorkerLoop } from '../../src/cli/worker-loop.ts';
import { loadConfig } from '../../src/config/index.ts';
import { handleAction } from '../../src/core/handle-action.ts';
import { handleMessage } from '../../src/core/handle-message.ts';
import { isTerminal, type RequestState } from '../../src/domain/request.ts';
import type { ThreadRef, UserRef } from '../../src/domain/thread.ts';
import type { ThreadView } from '../../src/domain/thread-view.ts';
import type { ChatPlatform } from '../../src/ports/chat-platform.ts';
import { type SimOptions, type Simulator, startSimulator } from '../../src/sim/index.ts';
import { installProviderMirror } from '../../src/sim/terraform-provider/index.ts';
import { deleteKeys } from '../../src/store/index.ts';
import { silentLogger } from './memory-ports.ts';
import { RecordingChat } from './recording-chat.ts';
import { DATABASE_URL, REDIS_URL, uniquePrefix, uniqueSchema } from './services.ts';

export interface PipelineOptions {
  sim?: SimOptions;
  env?: Record<string, string>;
  /** Start a worker in this process (default true). */
  worker?: boolean;
  /** Render worker events into the recording chat (default true); adapters' tests call renderTo() instead. */
  render?: boolean;
  /**
   * Run the Terraform engine (the real terraform binary, the provider stand-in from a filesystem mirror,
   * state in PostgreSQL) instead of the API engine, which is the default here.
   */
  terraform?: boolean;
}

export const FAST_TIMING = {
  taskPollMs: 10,
  ipPollMs: 20,
  lockBackoffMs: 20,
  lockBackoffMaxMs: 100,
  taskTimeoutMs: 20_000,
  ipTimeoutMs: 20_000,
};
export const WORKER_TIMING = { stalledIntervalMs: 500, lockDurationMs: 1000 };

/** The settings of a Terraform world: the binary on this PATH, the provider stand-in from a mirror. */
async function terraformEnv(scratch: string): Promise<Record<string, string>> {
  const mirror = await installProviderMirror(join(scratch, 'mirror'));
  return {
    ATLAS_ENGINE: 'terraform',
    ATLAS_TERRAFORM_CLI_CONFIG: mirror.cliConfigFile,
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: scratch,
  };
}

export class PipelineWorld {
  readonly chat: RecordingChat;
  readonly thread: ThreadRef;
  #n = 0;
  readonly sim: Simulator;
  readonly runtime: Runtime;
  readonly schema: string;
  readonly #closers: (() => Promise<void>)[] = [];
  renderer!: Awaited<ReturnType<typeof startRenderer>>['renderer'];
  deliver!: Awaited<ReturnType<typeof startRenderer>>['deliver'];

  constructor(sim: Simulator, runtime: Runtime, schema: string, chat: RecordingChat) {
    this.chat = chat;
    this.sim = sim;
    this.runtime = runtime;
    this.schema = schema;
    this.thread = {
      platform: 'console',
      channel: 'e2e',
      thread: `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    };
  }

  static async start(options: PipelineOptions = {}): Promise<PipelineWorld> {
    const sim = await startSimulator({
      taskMs: 20,
      agentIpDelayMs: 50,
      sharedStorage: 'ceph-vm',
      ...options.sim,
    });
    const schema = uniqueSchema();
    const scratch = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
    const engineEnv = options.terraform ? await terraformEnv(scratch) : { ATLAS_ENGINE: 'api' };
    const config = loadConfig({
      env: { ATLAS_APPROVERS: 'console:bob,console:carol', ...engineEnv, ...options.env },
      cwd: scratch,
    });
    const runtime = await openRuntime({
      config,
      logger: silentLogger,
      redisUrl: REDIS_URL,
      prefix: uniquePrefix(),
      databaseUrl: DATABASE_URL,
      databaseSchema: schema,
      dataDir: 'memory://',
      proxmox: { url: sim.url, tokenId: sim.tokenId, tokenSecret: sim.tokenSecret },
      timing: FAST_TIMING,
      retryBackoffMs: 100,
    });
    const world = new PipelineWorld(sim, runtime, schema, new RecordingChat());
    world.#closers.push(async () => rmSync(scratch, { recursive: true, force: true }));
    if (options.render !== false) await world.renderTo(world.chat);
    if (options.worker !== false) await world.startWorker();
    return world;
  }

  /** Starts rendering worker events into `chat`: a platform adapter's ChatPlatform, in adapters' tests. */
  async renderTo(chat: ChatPlatform, minUpdateIntervalMs = 0): Promise<void> {
    const rendering = await startRenderer(this.runtime, chat, minUpdateIntervalMs);
    this.renderer = rendering.renderer;
    this.deliver = rendering.deliver;
    this.#closers.push(rendering.close);
  }

  async startWorker(): Promise<void> {
    const worker = await startWorkerLoop(this.runtime, { ...WORKER_TIMING, expiryIntervalMs: 200 });
    this.#closers.push(() => worker.close());
  }

  /** A worker as on another machine: its own runtime and Terraform work directory, the same services. */
  async startOtherWorker(): Promise<{ runtime: Runtime; stop: () => Promise<void> }> {
    const runtime = await openRuntime({ ...this.runtime.options, terraformWorkDir: undefined });
    const worker = await startWorkerLoop(runtime, { ...WORKER_TIMING, expiryIntervalMs: 200 });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await worker.close();
      await runtime.close();
    };
    this.#closers.push(stop);
    return { runtime, stop };
  }

  /** A message from `user` in the world's thread; returns what ATLAS answered at once (also shown in the chat). */
  async say(user: string | UserRef, text: string): Promise<ThreadView[]> {
    const from = typeof user === 'string' ? { id: `console:${user}`, name: user } : user;
    const views = await handleMessage(this.runtime.deps, {
      eventId: `m${++this.#n}-${this.thread.thread}`,
      thread: this.thread,
      user: from,
      text,
    });
    await this.deliver(this.thread, views, from);
    return views;
  }

  async press(user: string, value: string, reason?: string): Promise<ThreadView[]> {
    const from = { id: `console:${user}`, name: user };
    const views = await handleAction(this.runtime.deps, {
      eventId: `a${++this.#n}-${this.thread.thread}`,
      thread: this.thread,
      user: from,
      value,
      ...(reason ? { reason } : {}),
    });
    await this.deliver(this.thread, views, from);
    return views;
  }

  /** Creates a VM request and returns its id, from ATLAS's first answer. */
  async create(user: string, command: string): Promise<string> {
    const [first] = await this.say(user, command);
    const id = /^(R-[0-9A-Z]{4,8}):/.exec(first?.title ?? '')?.[1];
    if (!id) throw new Error(`no request started: ${first?.title} ${first?.text ?? ''}`);
    return id;
  }

  /** Waits until the request is in `state` and its message is in the thread. */
  async waitFor(requestId: string, state: RequestState, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const request = await this.runtime.deps.requests.get(requestId);
      if (request?.state === state && this.renderer.shownState(requestId) === state) {
        await this.renderer.idle();
        return request;
      }
      if (request && isTerminal(request.state) && request.state !== state) {
        throw new Error(`${requestId} ended ${request.state}, not ${state}: ${request.reason ?? ''}`);
      }
      if (Date.now() > deadline)
        throw new Error(
          `${requestId} is ${request?.state} (shown: ${this.renderer.shownState(requestId)}), not ${state}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Everything posted or edited in the thread, as one searchable text. */
  transcript(): string {
    return this.chat.calls.map((c) => JSON.stringify(c.view)).join('\n');
  }

  async close(): Promise<void> {
    for (const close of this.#closers.reverse()) await close();
    await this.runtime.sql.exec(`DROP SCHEMA ${this.schema} CASCADE`).catch(() => undefined);
    const tfSchema = terraformSchemaName(this.schema);
    await this.runtime.sql.exec(`DROP SCHEMA IF EXISTS ${tfSchema} CASCADE`).catch(() => undefined);
    await deleteKeys(this.runtime.redis, this.runtime.options.prefix).catch(() => 0);
    await this.runtime.close();
    await this.sim.close();
  }
}
