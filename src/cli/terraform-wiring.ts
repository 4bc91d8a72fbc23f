import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { Config } from '../config/index.ts';
import { DEFAULT_SCHEMA, TerraformEngine, type TerraformEngineOptions } from '../iac/index.ts';
import { defaultSanitizer } from '../observability/sanitizer.ts';
import type { ApiEngine, ProxmoxClientOptions } from '../proxmox/index.ts';
import { RedisLockLine, type Sql, SqlPlanArtifacts } from '../store/index.ts';

export interface TerraformWiring {
  config: Config;
  proxmox: ProxmoxClientOptions;
  /** PostgreSQL: state in Terraform's pg backend. Undefined (embedded database): local state files. */
  databaseUrl: string | undefined;
  databaseSchema?: string | undefined;
  /** Where the workspaces live; default `<dataDir>/terraform`, a temporary directory for `memory://`. */
  workDir?: string | undefined;
  dataDir: string;
  sql: Sql;
  redis: Redis;
  prefix: string;
  /** The API engine: it plans placement and VMIDs, powers VMs, removes VMs no state holds. */
  base: ApiEngine;
}

/** The schema of Terraform's pg backend: `atlas_terraform`, or `<ATLAS's own schema>_terraform`. */
export function terraformSchemaName(databaseSchema: string | undefined): string {
  return databaseSchema ? `${databaseSchema}_terraform` : DEFAULT_SCHEMA;
}

/** The Terraform engine of a runtime, with its plan files in the database and its locks in Redis. */
export async function openTerraformEngine(
  wiring: TerraformWiring,
): Promise<{ engine: TerraformEngine; workDir: string; close(): Promise<void> }> {
  const temporary = wiring.workDir === undefined && wiring.dataDir.startsWith('memory://');
  const workDir = temporary
    ? await mkdtemp(join(tmpdir(), 'atlas-terraform-'))
    : (wiring.workDir ?? join(wiring.dataDir, 'terraform'));
  const { proxmox, config } = wiring;
  defaultSanitizer.register(proxmox.tokenSecret);
  const options: TerraformEngineOptions = {
    workDir,
    terraformBin: config.terraform.bin,
    proxmox: {
      endpoint: proxmox.url,
      tokenId: proxmox.tokenId,
      tokenSecret: proxmox.tokenSecret,
      insecure: proxmox.insecure === true,
    },
    backend: wiring.databaseUrl
      ? {
          kind: 'pg',
          connString: wiring.databaseUrl,
          schemaName: terraformSchemaName(wiring.databaseSchema),
        }
      : { kind: 'local' },
    ...(config.terraform.cliConfigFile ? { cliConfigFile: config.terraform.cliConfigFile } : {}),
    systemEnv: await withCa(config, proxmox.ca, workDir),
    sanitize: (text) => defaultSanitizer.sanitize(text),
    base: wiring.base,
    inventory: wiring.base.inventory,
    artifacts: new SqlPlanArtifacts(wiring.sql),
    locks: new RedisLockLine(wiring.redis, { prefix: wiring.prefix }),
  };
  return {
    engine: new TerraformEngine(options),
    workDir,
    close: async () => {
      if (temporary) await rm(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * The CA of PROXMOX_CA_FILE for Terraform and its provider: Go programs add SSL_CERT_FILE to the
 * system's certificate directories. A CA given only as text (tests) is written next to the workspaces.
 */
async function withCa(
  config: Config,
  ca: string | undefined,
  workDir: string,
): Promise<Record<string, string>> {
  if (config.proxmox.caFile) return { ...config.systemEnv, SSL_CERT_FILE: config.proxmox.caFile };
  if (!ca) return { ...config.systemEnv };
  await mkdir(workDir, { recursive: true, mode: 0o700 });
  const file = join(workDir, 'proxmox-ca.pem');
  await writeFile(file, ca, { mode: 0o600 });
  return { ...config.systemEnv, SSL_CERT_FILE: file };
}
