import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { type Config, loadConfig } from '../config/index.ts';
import { isAtlasError } from '../domain/errors.ts';
import { defaultSanitizer } from '../observability/sanitizer.ts';
import { createProxmoxClient } from '../proxmox/index.ts';
import { openDatabase, openPostgres, pendingMigrations } from '../store/index.ts';
import { proxmoxOptions, registerSecrets } from './config-bridge.ts';
import { checkEngine } from './engine-check.ts';

interface Check {
  name: string;
  run(config: Config): Promise<string>;
}

const TIMEOUT_MS = 5000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer from ${what} within ${TIMEOUT_MS / 1000}s`)),
        TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

const CHECKS: Check[] = [
  {
    name: 'Redis',
    async run(config) {
      if (!config.redis.url)
        throw new Error('REDIS_URL is not set. Set it to redis://HOST:6379 (`atlas demo` starts its own).');
      const redis = new Redis(config.redis.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      redis.on('error', () => undefined);
      try {
        await within(redis.connect(), 'Redis');
        const info = await redis.info('server');
        return `${config.redis.url} answers (Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'})`;
      } catch (error) {
        throw new Error(
          `cannot reach ${config.redis.url}: ${(error as Error).message}. Is redis-server running? Is REDIS_URL right?`,
        );
      } finally {
        redis.disconnect();
      }
    },
  },
  {
    name: 'PostgreSQL',
    async run(config) {
      const url = config.database.url?.reveal();
      if (!url && !existsSync(join(config.dataDir, 'pglite'))) {
        return `DATABASE_URL unset: ATLAS will create its embedded database in ${join(config.dataDir, 'pglite')} at first start`;
      }
      const sql = await within(
        url ? openPostgres({ url }) : openDatabase({ dataDir: config.dataDir }).then((d) => d.sql),
        'the database',
      );
      try {
        const pending = await pendingMigrations(sql);
        const where = url
          ? 'DATABASE_URL'
          : `embedded database in ${config.dataDir}/pglite (DATABASE_URL unset)`;
        return `${where} answers; ${pending.length === 0 ? 'schema up to date' : `${pending.length} migration(s) to apply at start: ${pending.join(', ')}`}`;
      } finally {
        await sql.close();
      }
    },
  },
  {
    name: 'Proxmox',
    async run(config) {
      const client = createProxmoxClient({ ...proxmoxOptions(config), getRetries: 0, timeoutMs: TIMEOUT_MS });
      try {
        const version = (await within(client.api.version.$get(), 'Proxmox')) as { version?: string };
        const nodes = (await client.api.nodes.$get()) as { node: string; status?: string }[];
        const online = nodes.filter((n) => n.status === 'online').map((n) => n.node);
        return `Proxmox VE ${version.version ?? '?'} at ${client.baseUrl}; nodes online: ${online.join(', ') || 'none'}`;
      } finally {
        client.close();
      }
    },
  },
  { name: 'Engine', run: checkEngine },
  {
    name: 'Approvals',
    async run(config) {
      const { approvers, requiredApprovals, allowSelfApproval } = config.policy;
      if (approvers.length === 0)
        throw new Error(
          'ATLAS_APPROVERS is empty, so nobody can approve a plan. Set it, e.g. slack:U024BE7LH.',
        );
      return `${approvers.length} approver(s), ${requiredApprovals} needed per request, self-approval ${allowSelfApproval ? 'allowed' : 'refused'}`;
    },
  },
];

function explain(error: unknown): string {
  const text = isAtlasError(error)
    ? `${error.message}${error.hint ? ` ${error.hint}` : ''}`
    : (error as Error).message;
  return defaultSanitizer.sanitize(text);
}

/**
 * `atlas doctor`: checks the configuration, reaches Redis, PostgreSQL and Proxmox, names the engine (and
 * Terraform's version); says how to fix what fails.
 */
export async function run(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stdout.write(`✗ Configuration: ${explain(error)}\n`);
    return 1;
  }
  registerSecrets(config);
  process.stdout.write(
    `✓ Configuration: valid (${config.configFile ?? 'environment only, no atlas.yaml'})\n`,
  );
  let failed = 0;
  for (const check of CHECKS) {
    try {
      process.stdout.write(`✓ ${check.name}: ${defaultSanitizer.sanitize(await check.run(config))}\n`);
    } catch (error) {
      failed += 1;
      process.stdout.write(`✗ ${check.name}: ${explain(error)}\n`);
    }
  }
  process.stdout.write(
    failed === 0
      ? '\nAll checks passed.\n'
      : `\n${failed} check(s) failed; fix them and run \`npx atlas doctor\` again.\n`,
  );
  return failed === 0 ? 0 : 1;
}
