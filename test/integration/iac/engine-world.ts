import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Plan } from '../../../src/domain/plan.ts';
import { planHash } from '../../../src/domain/plan.ts';
import type { Request } from '../../../src/domain/request.ts';
import type { TerraformEngineOptions, TerraformPlanDraft } from '../../../src/iac/engine-options.ts';
import { FilePlanArtifacts } from '../../../src/iac/plan-artifacts.ts';
import { TerraformEngine } from '../../../src/iac/terraform-engine.ts';
import { Sanitizer } from '../../../src/observability/sanitizer.ts';
import { installProviderMirror } from '../../../src/sim/terraform-provider/index.ts';
import { DATABASE_URL } from '../../support/services.ts';
import { startWorld, type World } from '../proxmox/world.ts';
import { systemEnv, TERRAFORM } from './terraform-world.ts';

export interface EngineWorld {
  /** The simulator, the Proxmox client and the API engine the Terraform engine plans with. */
  proxmox: World;
  dir: string;
  engine: TerraformEngine;
  artifacts: FilePlanArtifacts;
  /** Another worker: its own work directory, the same database, plan store and Proxmox. */
  otherWorker(): TerraformEngine;
  close(): Promise<void>;
}

export type BackendKind = 'pg' | 'local';

/** A Terraform engine against a fresh simulator, through the provider stand-in's filesystem mirror. */
export async function startEngineWorld(
  backend: BackendKind,
  simOptions: Parameters<typeof startWorld>[0] = {},
): Promise<EngineWorld> {
  const proxmox = await startWorld(simOptions);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-tf-engine-'));
  const mirror = await installProviderMirror(join(dir, 'mirror'));
  const schemaName = `atlas_test_tf_${randomUUID().replaceAll('-', '')}`;
  const artifacts = new FilePlanArtifacts(join(dir, 'plans'));
  const sanitizer = new Sanitizer();
  sanitizer.register(proxmox.sim.tokenSecret);
  const options = (workDir: string): TerraformEngineOptions => ({
    workDir,
    terraformBin: TERRAFORM,
    proxmox: {
      endpoint: proxmox.sim.url,
      tokenId: proxmox.sim.tokenId,
      tokenSecret: proxmox.sim.tokenSecret,
      insecure: true,
    },
    backend: backend === 'pg' ? { kind: 'pg', connString: DATABASE_URL, schemaName } : { kind: 'local' },
    cliConfigFile: mirror.cliConfigFile,
    systemEnv: systemEnv(dir),
    sanitize: (text) => sanitizer.sanitize(text),
    base: proxmox.engine,
    inventory: proxmox.engine.inventory,
    artifacts,
    graceMs: 2_000,
    lockTimeoutMs: 30_000,
  });
  return {
    proxmox,
    dir,
    engine: new TerraformEngine(options(join(dir, 'work'))),
    artifacts,
    otherWorker: () => new TerraformEngine(options(join(dir, `work-${randomUUID()}`))),
    close: async () => {
      await proxmox.close();
      rmSync(dir, { recursive: true, force: true });
      if (backend === 'pg') await dropSchema(schemaName);
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

/** What the worker does with a draft: seal it into a Plan with its hash. */
export function sealPlan(engine: TerraformEngine, request: Request, draft: TerraformPlanDraft): Plan {
  const body = {
    engine: engine.name,
    actions: draft.actions,
    ...(draft.artifactSha256 ? { artifactSha256: draft.artifactSha256 } : {}),
  };
  return {
    id: randomUUID(),
    requestId: request.id,
    ...body,
    hash: planHash(body),
    createdAt: new Date().toISOString(),
  };
}
