import type { Engine, PlanDraft } from '../ports/engine.ts';
import type { Inventory } from '../ports/inventory.ts';
import type { LockLine } from '../ports/lock-line.ts';
import type { PlanArtifacts } from '../ports/plan-artifacts.ts';
import { terraformTemplates } from './template-env.ts';
import { type BackendAccess, type ProxmoxAccess, terraformEnv } from './terraform-env.ts';
import { TerraformRunner, type TerraformTimeouts } from './terraform-runner.ts';
import type { TfContext } from './tf-context.ts';
import { DEFAULT_VM_DEFAULTS, type VmDefaults } from './workspace-model.ts';

export interface TerraformEngineOptions {
  /** One directory per request (`<workDir>/r-7f3k`); put it under the data directory. */
  workDir: string;
  /** Default `terraform` (looked up on the PATH given in systemEnv). */
  terraformBin?: string;
  /** Reaches Terraform only as PROXMOX_VE_ENDPOINT / PROXMOX_VE_API_TOKEN / PROXMOX_VE_INSECURE. */
  proxmox: ProxmoxAccess;
  /** `pg`: state in PostgreSQL (PG_CONN_STR), one Terraform workspace per request in `schemaName`. */
  backend: (BackendAccess & { kind: 'pg'; schemaName?: string }) | { kind: 'local' };
  /** A Terraform CLI config file (TF_CLI_CONFIG_FILE), e.g. with a provider mirror. */
  cliConfigFile?: string;
  /** PATH, HOME, proxies: the only parts of the host environment Terraform gets. */
  systemEnv?: Readonly<Record<string, string>>;
  /** Scrubs secrets from Terraform's output before it is shown or stored. */
  sanitize: (text: string) => string;
  /** The direct engine: plans (node, VMID, template), powers VMs, destroys VMs Terraform does not manage. */
  base: Engine;
  /** Tells which request made a VM (its `atlas-r-...` tag), to find the workspace that holds it. */
  inventory: Pick<Inventory, 'vm'>;
  /** Plan files between plan and apply (PostgreSQL in ATLAS, so any worker applies any plan). */
  artifacts: PlanArtifacts;
  /**
   * One apply at a time per workspace and per Proxmox node, across every worker; a waiting request says
   * whom it waits behind. Without it, Terraform's state lock alone keeps applies of one workspace apart.
   */
  locks?: LockLine;
  /** Default `bpg/proxmox`, version `0.78.0` (pinned: every worker must install the same provider). */
  provider?: { source?: string; version?: string };
  vmDefaults?: Partial<VmDefaults>;
  templatesDir?: string;
  timeouts?: Partial<TerraformTimeouts>;
  /** Between SIGINT, SIGTERM and SIGKILL when a run is cancelled. Default 10 s. */
  graceMs?: number;
  /** How long a run waits for a state lock held by another. Default 5 min. */
  lockTimeoutMs?: number;
}

/** A plan draft whose `summary` is what Terraform will do, from `terraform show -json` of the plan file. */
export type TerraformPlanDraft = PlanDraft;

export const DEFAULT_SCHEMA = 'atlas_terraform';
export const DEFAULT_PROVIDER = { source: 'bpg/proxmox', version: '0.78.0' };

/** The runner, templates and settings the engine's steps share, built once from the options. */
export function engineContext(options: TerraformEngineOptions): TfContext {
  const runner = new TerraformRunner({
    ...(options.terraformBin ? { bin: options.terraformBin } : {}),
    env: terraformEnv(options),
    sanitize: options.sanitize,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.graceMs === undefined ? {} : { graceMs: options.graceMs }),
    ...(options.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: options.lockTimeoutMs }),
  });
  const { backend } = options;
  return {
    runner,
    templates: terraformTemplates(options.templatesDir),
    workDir: options.workDir,
    backend:
      backend.kind === 'pg' ? { kind: 'pg', schemaName: backend.schemaName ?? DEFAULT_SCHEMA } : backend,
    provider: { ...DEFAULT_PROVIDER, ...options.provider },
    vmDefaults: { ...DEFAULT_VM_DEFAULTS, ...options.vmDefaults },
    artifacts: options.artifacts,
    sanitize: options.sanitize,
  };
}
