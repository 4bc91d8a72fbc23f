import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { AtlasError } from '../domain/errors.ts';
import type { Language } from '../domain/language.ts';
import type { OnFailure } from '../domain/roles.ts';
import type { Config, LogLevel } from './config.ts';
import { parseValue, type Value } from './parse-value.ts';
import type { Secret } from './secret.ts';
import { SETTINGS, type Setting } from './settings.ts';
import { systemEnvOf } from './system-env.ts';

export interface LoadOptions {
  env?: Record<string, string | undefined>;
  /** Directory that relative paths (atlas.yaml, the data dir) are resolved against. */
  cwd?: string;
}

/** Reads the environment and the optional atlas.yaml (environment wins), validates, freezes. */
export function loadConfig({ env = process.env, cwd = process.cwd() }: LoadOptions = {}): Config {
  const configFile = findConfigFile(env, cwd);
  const yaml = configFile ? readYaml(configFile) : {};
  const values = new Map<string, Value>();
  const problems: string[] = [];
  for (const setting of SETTINGS) {
    if (setting.yaml === '-') continue;
    const fromEnv = env[setting.env];
    const raw = fromEnv !== undefined && fromEnv !== '' ? fromEnv : lookup(yaml, setting.yaml);
    const source = fromEnv !== undefined && fromEnv !== '' ? setting.env : `${setting.yaml} in ${configFile}`;
    const parsed = parseValue(setting, raw ?? defaultOf(setting));
    if (raw === undefined && defaultOf(setting) === undefined) continue;
    if (parsed.ok) values.set(setting.env, parsed.value);
    else problems.push(`${source}: expected ${parsed.expected}, got ${JSON.stringify(shown(setting, raw))}`);
  }
  if (problems.length > 0) {
    throw new AtlasError(
      'config',
      `The configuration has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
      {
        hint: 'Fix the values above; docs/configuration.md lists every setting with its form and default.',
      },
    );
  }
  return deepFreeze({ ...assemble(values, configFile), systemEnv: systemEnvOf(env) });
}

function defaultOf(setting: Setting): string | undefined {
  return setting.default?.startsWith('(') ? undefined : setting.default;
}

function shown(setting: Setting, raw: unknown): unknown {
  return setting.kind === 'secret' ? '***' : raw;
}

function findConfigFile(env: Record<string, string | undefined>, cwd: string): string | undefined {
  const explicit = env.ATLAS_CONFIG;
  if (explicit) {
    if (!existsSync(explicit))
      throw new AtlasError('config', `ATLAS_CONFIG names ${explicit}, which does not exist.`);
    return explicit;
  }
  const local = `${cwd}/atlas.yaml`;
  return existsSync(local) ? local : undefined;
}

function readYaml(file: string): Record<string, unknown> {
  try {
    const doc: unknown = parseYaml(readFileSync(file, 'utf8'));
    if (doc === null || doc === undefined) return {};
    if (typeof doc !== 'object' || Array.isArray(doc)) throw new Error('the top level must be a mapping');
    return doc as Record<string, unknown>;
  } catch (error) {
    throw new AtlasError('config', `Reading ${file}: ${(error as Error).message}`, {
      hint: 'atlas.yaml uses the keys listed in docs/configuration.md, e.g. `proxmox:\\n  url: https://pve:8006`.',
    });
  }
}

function lookup(doc: Record<string, unknown>, path: string): unknown {
  let node: unknown = doc;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node === null ? undefined : node;
}

function assemble(v: Map<string, Value>, configFile: string | undefined): Omit<Config, 'systemEnv'> {
  const str = (k: string) => v.get(k) as string | undefined;
  const num = (k: string) => v.get(k) as number;
  const bool = (k: string) => v.get(k) as boolean;
  const secret = (k: string) => v.get(k) as Secret | undefined;
  const list = (k: string) => (v.get(k) as string[] | undefined) ?? [];
  return {
    configFile,
    dataDir: str('ATLAS_DATA_DIR') as string,
    httpPort: num('ATLAS_HTTP_PORT'),
    logLevel: str('ATLAS_LOG_LEVEL') as LogLevel,
    language: str('ATLAS_LANGUAGE') as Language,
    redis: { url: str('REDIS_URL'), prefix: str('ATLAS_REDIS_PREFIX') as string },
    database: { url: secret('DATABASE_URL') },
    proxmox: {
      url: str('PROXMOX_URL'),
      tokenId: str('PROXMOX_TOKEN_ID'),
      tokenSecret: secret('PROXMOX_TOKEN_SECRET'),
      caFile: str('PROXMOX_CA_FILE'),
      insecure: bool('PROXMOX_INSECURE'),
      ciUser: str('ATLAS_CI_USER') as string,
      taskTimeoutMs: num('ATLAS_TASK_TIMEOUT'),
      ipTimeoutMs: num('ATLAS_IP_TIMEOUT'),
    },
    engine: str('ATLAS_ENGINE') as Config['engine'],
    terraform: {
      bin: str('ATLAS_TERRAFORM_BIN') as string,
      cliConfigFile: str('ATLAS_TERRAFORM_CLI_CONFIG'),
    },
    policy: {
      approvers: list('ATLAS_APPROVERS'),
      requiredApprovals: Math.max(1, num('ATLAS_REQUIRED_APPROVALS')),
      allowSelfApproval: bool('ATLAS_ALLOW_SELF_APPROVAL'),
      approvalTtlMs: num('ATLAS_APPROVAL_TTL'),
      limits: {
        maxCores: num('ATLAS_MAX_CORES'),
        maxMemoryMiB: num('ATLAS_MAX_MEMORY'),
        maxDiskGiB: Math.floor(num('ATLAS_MAX_DISK') / 1024),
        maxCount: num('ATLAS_MAX_COUNT'),
      },
      defaults: {
        cores: num('ATLAS_DEFAULT_CORES'),
        memoryMiB: num('ATLAS_DEFAULT_MEMORY'),
        diskGiB: Math.max(1, Math.floor(num('ATLAS_DEFAULT_DISK') / 1024)),
        template: str('ATLAS_DEFAULT_TEMPLATE') as string,
        tags: list('ATLAS_DEFAULT_TAGS'),
      },
      onFailure: str('ATLAS_ON_FAILURE') as OnFailure,
    },
    configure: {
      sshKeyFile: str('ATLAS_SSH_KEY_FILE'),
      sshPort: num('ATLAS_SSH_PORT'),
      sshWaitMs: num('ATLAS_SSH_WAIT'),
      timeoutMs: num('ATLAS_CONFIGURE_TIMEOUT'),
      ansiblePlaybook: str('ATLAS_ANSIBLE_PLAYBOOK') as string,
      rolesPath: list('ATLAS_ANSIBLE_ROLES_PATH'),
    },
    worker: {
      concurrency: Math.max(1, num('ATLAS_WORKER_CONCURRENCY')),
      attempts: Math.max(1, num('ATLAS_JOB_ATTEMPTS')),
    },
    retentionMs: num('ATLAS_RETENTION'),
    slack: {
      botToken: secret('SLACK_BOT_TOKEN'),
      signingSecret: secret('SLACK_SIGNING_SECRET'),
      appToken: secret('SLACK_APP_TOKEN'),
      apiUrl: str('SLACK_API_URL'),
    },
    discord: {
      token: secret('DISCORD_TOKEN'),
      applicationId: str('DISCORD_APPLICATION_ID'),
      apiUrl: str('DISCORD_API_URL'),
    },
    llm: {
      apiKey: secret('OPENAI_API_KEY'),
      baseUrl: str('OPENAI_BASE_URL'),
      model: str('ATLAS_LLM_MODEL') as string,
      timeoutMs: num('ATLAS_LLM_TIMEOUT'),
      maxRounds: Math.max(1, num('ATLAS_LLM_MAX_ROUNDS')),
      memoryTokens: Math.max(500, num('ATLAS_LLM_MEMORY_TOKENS')),
      teamDailyTokens: v.get('ATLAS_LLM_TEAM_DAILY_TOKENS') as number | undefined,
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
