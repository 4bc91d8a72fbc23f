// ATLAS with the Terraform engine in this process, for terraform_overhead_ratio: a runtime on real Redis
// and PostgreSQL, a worker, the provider stand-in from a mirror; requests made and approved by script.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openRuntime, type Runtime } from '../src/cli/runtime.ts';
import { terraformSchemaName } from '../src/cli/terraform-wiring.ts';
import { startWorkerLoop } from '../src/cli/worker-loop.ts';
import { loadConfig } from '../src/config/index.ts';
import { handleMessage } from '../src/core/handle-message.ts';
import type { RequestState } from '../src/domain/request.ts';
import { terraformEnv } from '../src/iac/terraform-env.ts';
import { createLogger } from '../src/observability/logger.ts';
import type { Simulator } from '../src/sim/index.ts';
import { installProviderMirror } from '../src/sim/terraform-provider/index.ts';
import { deleteKeys } from '../src/store/index.ts';

export interface TerraformBench {
  sim: Simulator;
  databaseUrl: string;
  /** The environment ATLAS's engine gives Terraform, but for PG_CONN_STR. */
  terraformEnv: Record<string, string>;
  /** Creates a VM named `name` and approves its plan as soon as it is shown; resolves at `succeeded`. */
  createAndApprove(name: string): Promise<string>;
  workspaceDir(requestId: string): string;
  close(): Promise<void>;
}

export async function openTerraformBench(options: {
  redisUrl: string;
  databaseUrl: string;
  sim: Simulator;
}): Promise<TerraformBench> {
  const { sim } = options;
  const scratch = await mkdtemp(join(tmpdir(), 'atlas-bench-tf-'));
  const mirror = await installProviderMirror(join(scratch, 'mirror'));
  const env = {
    ATLAS_APPROVERS: 'console:bob',
    ATLAS_ENGINE: 'terraform',
    ATLAS_TERRAFORM_CLI_CONFIG: mirror.cliConfigFile,
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
  };
  const config = loadConfig({ env, cwd: scratch });
  const schema = `atlas_bench_${randomUUID().replaceAll('-', '')}`;
  const workDir = join(scratch, 'work');
  const runtime = await openRuntime({
    config,
    logger: createLogger({ level: 'warn', destination: 2, base: { role: 'bench-terraform' } }),
    redisUrl: options.redisUrl,
    prefix: `atlas-bench-${randomUUID().slice(0, 8)}:`,
    databaseUrl: options.databaseUrl,
    databaseSchema: schema,
    dataDir: 'memory://',
    proxmox: { url: sim.url, tokenId: sim.tokenId, tokenSecret: sim.tokenSecret },
    terraformWorkDir: workDir,
  });
  const worker = await startWorkerLoop(runtime);
  let n = 0;
  const say = (user: string, text: string) =>
    handleMessage(runtime.deps, {
      eventId: `bench-tf-${++n}-${schema}`,
      thread: { platform: 'console', channel: 'bench', thread: `tf-${schema}` },
      user: { id: `console:${user}`, name: user },
      text,
    });
  return {
    sim,
    databaseUrl: options.databaseUrl,
    terraformEnv: terraformEnv({
      proxmox: { endpoint: sim.url, tokenId: sim.tokenId, tokenSecret: sim.tokenSecret, insecure: false },
      backend: { kind: 'local' },
      cliConfigFile: mirror.cliConfigFile,
      systemEnv: config.systemEnv,
    }),
    createAndApprove: async (name) => {
      const [first] = await say('alice', `vm create ${name}`);
      const id = /^(R-[0-9A-Z]+):/.exec(first?.title ?? '')?.[1];
      if (!id) throw new Error(`vm create ${name} was refused: ${first?.title} ${first?.text ?? ''}`);
      await reach(runtime, id, 'awaiting_approval');
      await say('bob', `approve ${id}`);
      await reach(runtime, id, 'succeeded');
      return id;
    },
    workspaceDir: (requestId) => join(workDir, requestId.toLowerCase()),
    close: async () => {
      await worker.close();
      for (const s of [schema, terraformSchemaName(schema)])
        await runtime.sql.exec(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
      await deleteKeys(runtime.redis, runtime.options.prefix).catch(() => 0);
      await runtime.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves when the request is in `state`, told by the event bus (as a bot would be), looking at the
 * store only now and then: a tight polling loop would take CPU from the Terraform runs being timed.
 */
async function reach(runtime: Runtime, id: string, state: RequestState): Promise<void> {
  let heard = false;
  const unsubscribe = await runtime.deps.events.subscribe(async (event) => {
    if (event.requestId === id && event.type === 'state') heard = true;
  });
  try {
    for (let looked = 0; ; looked += 1) {
      if (heard || looked % 20 === 0) {
        heard = false;
        const request = await runtime.deps.requests.get(id);
        if (request?.state === state) return;
        if (request && ['failed', 'rejected', 'expired', 'cancelled'].includes(request.state)) {
          throw new Error(`${id} ended ${request.state}: ${request.reason ?? ''}`);
        }
      }
      await sleep(5);
    }
  } finally {
    await unsubscribe();
  }
}
