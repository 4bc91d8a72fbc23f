// A working directory for the real terraform binary, wired to the provider stand-in through its
// filesystem mirror and to a fresh Proxmox VE simulator.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { checkRequest } from '../../../src/sim/contract.ts';
import { type SimOptions, type Simulator, startSimulator } from '../../../src/sim/index.ts';
import { installProviderMirror } from '../../../src/sim/terraform-provider/index.ts';

function onPath(binary: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, binary), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const hasTerraform = onPath('terraform');
export const SKIP_REASON =
  'skipped: the terraform binary is not on PATH (install Terraform >= 1.11 to run these tests)';
if (!hasTerraform) console.warn(`terraform-provider tests ${SKIP_REASON}`);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as terraform's -json lines (lines that are not JSON are left out). */
  messages: TerraformMessage[];
}

export interface TerraformMessage {
  type?: string;
  '@level'?: string;
  diagnostic?: { severity: string; summary: string; detail: string };
  changes?: { add: number; change: number; remove: number; import?: number };
  change?: { action: string; resource: { addr: string } };
  [key: string]: unknown;
}

export interface TerraformWorld {
  sim: Simulator;
  dir: string;
  /** Writes main.tf: the provider block for the simulator, then `resources`. */
  configure(resources: string): Promise<void>;
  terraform(...args: string[]): Promise<Run>;
  /** Every request the provider sent that breaks the PVE API contract. */
  contractViolations(): string[];
  close(): Promise<void>;
}

export async function startTerraformWorld(simOptions: SimOptions = {}): Promise<TerraformWorld> {
  const sim = await startSimulator({ taskMs: 20, agentIpDelayMs: 50, ...simOptions });
  const dir = await mkdtemp(join(tmpdir(), 'atlas-tf-'));
  const mirror = await installProviderMirror(join(dir, 'mirror'));
  const workDir = join(dir, 'work');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    TF_CLI_CONFIG_FILE: mirror.cliConfigFile,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
  };
  return {
    sim,
    dir: workDir,
    configure: async (resources) => {
      await rm(join(workDir, 'main.tf'), { force: true });
      await mkdir(workDir, { recursive: true });
      await writeFile(join(workDir, 'main.tf'), `${providerBlock(sim)}\n${resources}\n`);
    },
    terraform: (...args) => run(workDir, env, args),
    contractViolations: () => sim.requests.flatMap((r) => checkRequest(r.method, r.path, r.params)),
    close: async () => {
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function providerBlock(sim: Simulator): string {
  return `terraform {
  required_providers {
    proxmox = {
      source  = "bpg/proxmox"
      version = "0.78.0"
    }
  }
}

provider "proxmox" {
  endpoint  = "${sim.url}/"
  api_token = "${sim.tokenId}=${sim.tokenSecret}"
  insecure  = false
}
`;
}

function run(cwd: string, env: Record<string, string>, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, messages: parseLines(stdout) }));
  });
}

function parseLines(stdout: string): TerraformMessage[] {
  return stdout.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as TerraformMessage];
    } catch {
      return [];
    }
  });
}

export function errorsOf(run: Run): { summary: string; detail: string }[] {
  return run.messages
    .filter((m) => m.type === 'diagnostic' && m['@level'] === 'error')
    .map((m) => ({ summary: m.diagnostic?.summary ?? '', detail: m.diagnostic?.detail ?? '' }));
}

export function summaryOf(run: Run): TerraformMessage['changes'] {
  return run.messages.find((m) => m.type === 'change_summary')?.changes;
}
