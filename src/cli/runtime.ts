import type { Redis } from 'ioredis';
import { Counter, Histogram } from 'prom-client';
import { agentModelFromConfig } from '../agent/index.ts';
import type { Config } from '../config/index.ts';
import { CachedInventory } from '../core/cached-inventory.ts';
import type { ConfigureDeps } from '../core/configure/configure-deps.ts';
import { ConfiguringEngine } from '../core/configure/configuring-engine.ts';
import type { WorkerDeps } from '../core/deps.ts';
import type { FreeTextDeps } from '../core/free-text/free-text-deps.ts';
import type { SweepDeps } from '../core/sweep-finished.ts';
import { configuratorFromConfig } from '../iac/ansible/index.ts';
import { type AtlasMetrics, createMetrics } from '../observability/metrics.ts';
import { defaultSanitizer } from '../observability/sanitizer.ts';
import type { AgentMeter } from '../ports/agent-meter.ts';
import { systemClock } from '../ports/clock.ts';
import type { EventBus } from '../ports/event-bus.ts';
import type { Logger } from '../ports/logger.ts';
import type { MessageRefs } from '../ports/message-refs.ts';
import {
  ApiEngine,
  createProxmoxClient,
  type EngineTiming,
  type ProxmoxClient,
  type ProxmoxClientOptions,
} from '../proxmox/index.ts';
import { type ClosableJobQueue, createJobQueue } from '../queue/job-queue.ts';
import {
  createRedis,
  openDatabase,
  RedisClaims,
  RedisConversationStore,
  RedisEventBus,
  RedisLocks,
  RedisMessageRefs,
  type Sql,
  SqlAuditLog,
  SqlPlanArtifacts,
  SqlRequestStore,
} from '../store/index.ts';
import { RedisCommandStash } from '../store/redis/redis-command-stash.ts';
import { RedisThreadMemory } from '../store/redis/redis-thread-memory.ts';
import { RedisTokenLedger } from '../store/redis/redis-token-ledger.ts';
import type { EngineChoice } from './engine-choice.ts';
import { openEngine } from './open-engine.ts';

export interface RuntimeOptions {
  config: Config;
  logger: Logger;
  redisUrl: string;
  prefix: string;
  /** A PostgreSQL URL, or undefined for the embedded database under `dataDir` (`memory://` for none on disk). */
  databaseUrl: string | undefined;
  /** A PostgreSQL schema for ATLAS's tables (tests use one each); default: the URL's search path. */
  databaseSchema?: string;
  dataDir: string;
  proxmox: ProxmoxClientOptions;
  timing?: Partial<EngineTiming>;
  /** First backoff of a job that failed with a transient error; doubles each attempt. Default 1 s. */
  retryBackoffMs?: number;
  /** Where Terraform workspaces live; default `<dataDir>/terraform`, a temporary directory for `memory://`. */
  terraformWorkDir?: string;
}

/** Everything one ATLAS process talks to, opened once from the configuration. */
export interface Runtime {
  options: RuntimeOptions;
  deps: WorkerDeps & ConfigureDeps;
  /** What the retention sweep of finished requests works through (workers run it). */
  sweep: SweepDeps;
  redis: Redis;
  sql: Sql;
  queue: ClosableJobQueue;
  messages: MessageRefs;
  metrics: AtlasMetrics;
  proxmox: ProxmoxClient;
  /** The engine ATLAS_ENGINE settled on when the runtime opened. */
  engine: EngineChoice;
  close(): Promise<void>;
}

export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config, logger } = options;
  const redis = createRedis(options.redisUrl, logger);
  const { sql } = await openDatabase({
    ...(options.databaseUrl ? { url: options.databaseUrl } : {}),
    ...(options.databaseSchema === undefined ? {} : { schema: options.databaseSchema }),
    dataDir: options.dataDir,
    logger,
  });
  const claims = new RedisClaims(redis, { prefix: options.prefix });
  const events = new RedisEventBus(redis, { prefix: options.prefix, logger });
  const queue = createJobQueue({
    connection: { url: options.redisUrl },
    prefix: options.prefix.replace(/:$/, ''),
    retry: { attempts: config.worker.attempts, backoffMs: options.retryBackoffMs ?? 1000 },
    logger,
  });
  const proxmox = createProxmoxClient(options.proxmox);
  const engine = new ApiEngine({
    api: proxmox.api,
    claims,
    ciUser: config.proxmox.ciUser,
    timing: {
      taskTimeoutMs: config.proxmox.taskTimeoutMs,
      ipTimeoutMs: config.proxmox.ipTimeoutMs,
      ...options.timing,
    },
  });
  const opened = await openEngine({
    config,
    logger,
    proxmox: options.proxmox,
    databaseUrl: options.databaseUrl,
    databaseSchema: options.databaseSchema,
    workDir: options.terraformWorkDir,
    dataDir: options.dataDir,
    sql,
    redis,
    prefix: options.prefix,
    base: engine,
  });
  const metrics = createMetrics();
  const counted: EventBus = {
    publish: async (event) => {
      if (event.type === 'state' && event.state) metrics.requestState('request', event.state);
      await events.publish(event);
    },
    subscribe: (handler) => events.subscribe(handler),
  };
  const configurator = configuratorFromConfig(config, options.dataDir, (text) =>
    defaultSanitizer.sanitize(text),
  );
  const deps: WorkerDeps & ConfigureDeps = {
    requests: new SqlRequestStore(sql),
    audit: new SqlAuditLog(sql),
    conversations: new RedisConversationStore(redis, { prefix: options.prefix }),
    queue,
    events: counted,
    inventory: new CachedInventory(engine.inventory, systemClock),
    claims,
    clock: systemClock,
    policy: config.policy,
    language: config.language,
    onReplied: (seconds) => metrics.chatReply(seconds),
    releasePlan: async (plan) => opened.engine.release?.(plan),
    logger,
    engine: new ConfiguringEngine(opened.engine, configurator),
    configurator,
    freeText: freeTextDeps(config, redis, options.prefix, metrics),
  };
  const close = async () => {
    await queue.close();
    await events.close();
    proxmox.close();
    await opened.close();
    await redis.quit().catch(() => undefined);
    await sql.close();
  };
  return {
    options,
    deps,
    sweep: {
      requests: deps.requests,
      artifacts: new SqlPlanArtifacts(sql),
      engine: deps.engine,
      locks: new RedisLocks(redis, { prefix: options.prefix }),
      clock: systemClock,
      logger,
    },
    redis,
    sql,
    queue,
    messages: new RedisMessageRefs(redis, { prefix: options.prefix }),
    metrics,
    proxmox,
    engine: opened.choice,
    close,
  };
}

/** Free text: the configured model (if any), its thread memory, token ledger, Run-button stash and metrics. */
function freeTextDeps(config: Config, redis: Redis, prefix: string, metrics: AtlasMetrics): FreeTextDeps {
  const model = agentModelFromConfig(config.llm);
  const { maxRounds, memoryTokens, teamDailyTokens } = config.llm;
  return {
    ...(model ? { model, meter: agentMeter(metrics) } : {}),
    memory: new RedisThreadMemory(redis, { prefix }),
    tokens: new RedisTokenLedger(redis, { prefix }),
    commands: new RedisCommandStash(redis, { prefix }),
    sanitize: (text) => defaultSanitizer.sanitize(text),
    settings: { maxRounds, maxSteps: 8, memoryTokens, teamDailyTokens },
  };
}

/** Model calls, tokens and latency, by model. */
function agentMeter(metrics: AtlasMetrics): AgentMeter {
  const registers = [metrics.registry];
  const calls = new Counter({
    name: 'atlas_llm_calls_total',
    help: 'Language-model calls, by model and outcome (ok, error).',
    labelNames: ['model', 'outcome'] as const,
    registers,
  });
  const tokens = new Counter({
    name: 'atlas_llm_tokens_total',
    help: 'Language-model tokens, by model and kind (prompt, completion).',
    labelNames: ['model', 'kind'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'atlas_llm_call_seconds',
    help: 'Latency of one language-model call, by model.',
    labelNames: ['model'] as const,
    buckets: [0.25, 0.5, 1, 2, 5, 10, 20, 30, 60],
    registers,
  });
  return {
    modelCall: (call) => {
      calls.inc({ model: call.model, outcome: call.outcome });
      if (call.outcome === 'error') return;
      tokens.inc({ model: call.model, kind: 'prompt' }, call.promptTokens);
      tokens.inc({ model: call.model, kind: 'completion' }, call.completionTokens);
      latency.observe({ model: call.model }, call.latencyMs / 1000);
    },
  };
}
