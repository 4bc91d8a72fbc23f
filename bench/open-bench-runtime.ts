import { openRuntime, type Runtime } from '../src/cli/runtime.ts';
import { loadConfig } from '../src/config/index.ts';
import { createLogger } from '../src/observability/logger.ts';
import type { BenchSettings } from './settings.ts';

/** The same runtime `atlas bot` / `atlas worker` open, pointed at the benchmark's services. */
export function openBenchRuntime(settings: BenchSettings, role: string): Promise<Runtime> {
  const config = loadConfig({
    env: {
      ATLAS_APPROVERS: 'console:bob',
      ATLAS_WORKER_CONCURRENCY: '16',
      ATLAS_MAX_COUNT: '50',
      ATLAS_ENGINE: 'api',
    },
    cwd: process.cwd(),
  });
  return openRuntime({
    config,
    logger: createLogger({ level: 'warn', destination: 2, base: { role } }),
    redisUrl: settings.redisUrl,
    prefix: settings.prefix,
    databaseUrl: settings.databaseUrl,
    databaseSchema: settings.schema,
    dataDir: 'memory://',
    proxmox: { url: settings.simUrl, tokenId: settings.tokenId, tokenSecret: settings.tokenSecret },
    timing: { taskPollMs: 1000, ipPollMs: 2000 },
  });
}
