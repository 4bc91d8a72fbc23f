import { type Config, loadConfig } from '../config/index.ts';
import { AtlasError } from '../domain/errors.ts';
import { createLogger } from '../observability/logger.ts';
import type { Logger } from '../ports/logger.ts';
import { proxmoxOptions, registerSecrets } from './config-bridge.ts';
import { openRuntime, type Runtime } from './runtime.ts';

/** Reads the configuration once, registers its secrets with the sanitizer, and makes the process logger. */
export function setup(
  role: string,
  level = (config: Config): Config['logLevel'] => config.logLevel,
  destination: NodeJS.WritableStream | number = 2,
): { config: Config; logger: Logger } {
  const config = loadConfig();
  registerSecrets(config);
  const logger = createLogger({
    level: level(config),
    destination,
    pretty: destination === 2 && process.stderr.isTTY === true,
    base: { service: 'atlas', role },
  });
  return { config, logger };
}

export function requireRedis(config: Config): string {
  if (config.redis.url) return config.redis.url;
  throw new AtlasError(
    'config',
    'REDIS_URL is not set: ATLAS keeps its job queue and conversations in Redis.',
    {
      hint: 'Set REDIS_URL=redis://127.0.0.1:6379 (install with `apt-get install redis-server`), or try `npm run demo`.',
    },
  );
}

/** The runtime of `atlas start|bot|worker|console`: everything from the configuration. */
export async function openConfigured(
  role: string,
): Promise<{ config: Config; logger: Logger; runtime: Runtime }> {
  const { config, logger } = setup(role);
  const runtime = await openRuntime({
    config,
    logger,
    redisUrl: requireRedis(config),
    prefix: config.redis.prefix,
    databaseUrl: config.database.url?.reveal(),
    dataDir: config.dataDir,
    proxmox: proxmoxOptions(config),
  });
  return { config, logger, runtime };
}
