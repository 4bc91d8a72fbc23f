import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config/index.ts';
import { startSimulator } from '../sim/index.ts';
import { deleteKeys } from '../store/index.ts';
import { runConsole } from './console-run.ts';
import { demoEngine } from './demo-engine.ts';
import { type LocalRedis, startLocalRedis } from './local-redis.ts';
import { openRuntime } from './runtime.ts';
import { setup } from './setup.ts';

const BANNER = (
  user: string,
  approvers: string,
  nodes: string,
  engine: string,
  log: string,
) => `ATLAS demo: a built-in Proxmox VE simulator (${nodes}), an in-memory database, a worker in this process.
VMs are made by ${engine}.
You are ${user}. Approvers: ${approvers}. Type a command, for example:
  /atlas vm create web-01 --cores 2 --memory 2G
  /as bob          (switch to bob, who may approve)
  approve
Also: /atlas help, /atlas templates, /atlas vm list. End with Ctrl-D.
Log: ${log}
`;

/** `atlas demo`: the console against the simulator, with no configuration at all. */
export async function run(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { user: { type: 'string' }, 'no-color': { type: 'boolean' }, 'task-ms': { type: 'string' } },
  });
  // The demo's terminal is the conversation; the log goes to a file named in the banner.
  const logFile = join(tmpdir(), `atlas-demo-${process.pid}.log`);
  const { config, logger } = setup(
    'demo',
    (c) => (c.logLevel === 'debug' ? 'debug' : 'info'),
    createWriteStream(logFile),
  );
  const user = values.user ?? 'alice';
  const scratch = await mkdtemp(join(tmpdir(), 'atlas-demo-'));
  const engine = await demoEngine(config, scratch);
  const demoConfig: Config = {
    ...engine.config,
    policy: {
      ...config.policy,
      approvers: config.policy.approvers.length > 0 ? config.policy.approvers : ['console:bob'],
    },
  };
  const sim = await startSimulator({
    taskMs: Number(values['task-ms'] ?? 400),
    agentIpDelayMs: 1500,
    sharedStorage: 'ceph-vm',
  });
  const localRedis: LocalRedis | undefined = config.redis.url ? undefined : await startLocalRedis();
  const redisUrl = config.redis.url ?? localRedis?.url ?? '';
  const prefix = `atlas-demo-${randomBytes(4).toString('hex')}:`;
  const runtime = await openRuntime({
    config: demoConfig,
    logger,
    redisUrl,
    prefix,
    databaseUrl: undefined,
    dataDir: 'memory://',
    proxmox: { url: sim.url, tokenId: sim.tokenId, tokenSecret: sim.tokenSecret },
    timing: { taskPollMs: 100, ipPollMs: 250, lockBackoffMs: 200 },
    terraformWorkDir: join(scratch, 'terraform'),
  });
  try {
    const nodes = (await runtime.deps.inventory.nodes()).map((n) => n.name).join(', ');
    const approvers = demoConfig.policy.approvers.join(', ');
    process.stdout.write(BANNER(user, approvers, nodes, engine.said, logFile));
    await runConsole(runtime, {
      user,
      input: process.stdin,
      output: process.stdout,
      echo: !process.stdin.isTTY,
      color: process.stdout.isTTY === true && !values['no-color'],
      settleTimeoutMs: 5 * 60_000,
    });
  } finally {
    await deleteKeys(runtime.redis, prefix).catch(() => 0);
    await runtime.close();
    await sim.close();
    await localRedis?.stop();
    await rm(scratch, { recursive: true, force: true });
  }
  return 0;
}
