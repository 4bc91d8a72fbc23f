import type { Redis } from 'ioredis';
import type { Config } from '../config/index.ts';
import { CachedInventory } from '../core/cached-inventory.ts';
import type { WorkerDeps } from '../core/deps.ts';
import { type AtlasMetrics, createMetrics } from '../observability/metrics.ts';
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
  RedisMessageRefs,
  type Sql,
  SqlAuditLog,
  SqlRequestStore,
} from '../store/index.ts';

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
}

/** Everything one ATLAS process talks to, opened once from the configuration. */
export interface Runtime {
  options: RuntimeOptions;
  deps: WorkerDeps;
  redis: Redis;
  sql: Sql;
  queue: ClosableJobQueue;
  messages: MessageRefs;
  metrics: AtlasMetrics;
  proxmox: ProxmoxClient;
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
  const metrics = createMetrics();
  const counted: EventBus = {
    publish: async (event) => {
      if (event.type === 'state' && event.state) metrics.requestState('request', event.state);
      await events.publish(event);
    },
    subscribe: (handler) => events.subscribe(handler),
  };
  const deps: WorkerDeps = {
    requests: new SqlRequestStore(sql),
    audit: new SqlAuditLog(sql),
    conversations: new RedisConversationStore(redis, { prefix: options.prefix }),
    queue,
    events: counted,
    inventory: new CachedInventory(engine.inventory, systemClock),
    claims,
    clock: systemClock,
    policy: config.policy,
    logger,
    engine,
  };
  const close = async () => {
    await queue.close();
    await events.close();
    proxmox.close();
    await redis.quit().catch(() => undefined);
    await sql.close();
  };
  return {
    options,
    deps,
    redis,
    sql,
    queue,
    messages: new RedisMessageRefs(redis, { prefix: options.prefix }),
    metrics,
    proxmox,
    close,
  };
}
