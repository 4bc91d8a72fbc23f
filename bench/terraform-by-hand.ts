// The baseline of terraform_overhead_ratio: what a person would run by hand on ATLAS's generated workspace.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface HandRun {
  /** ATLAS's workspace directory of the request: its generated .tf files are copied, nothing else. */
  workspace: string;
  /** The Terraform workspace (pg backend) to run in: a new one, so the state starts empty as ATLAS's did. */
  tfWorkspace: string;
  /** The same environment ATLAS gives Terraform: credentials, PG_CONN_STR, the provider mirror. */
  env: Record<string, string>;
}

function terraform(dir: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`terraform ${args[0]} exited ${code}: ${err.slice(-2000)}`)),
    );
  });
}

/** `terraform init`, `workspace new`, `plan -out`, `apply` on a copy of the workspace; milliseconds. */
export async function runByHand(run: HandRun): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-bench-tf-'));
  try {
    for (const name of await readdir(run.workspace)) {
      if (name.endsWith('.tf')) await cp(join(run.workspace, name), join(dir, name));
    }
    const t0 = performance.now();
    await terraform(dir, ['init', '-input=false'], run.env);
    await terraform(dir, ['workspace', 'new', run.tfWorkspace], run.env);
    await terraform(dir, ['plan', '-input=false', '-out=tfplan'], run.env);
    await terraform(dir, ['apply', '-input=false', 'tfplan'], run.env);
    return performance.now() - t0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
