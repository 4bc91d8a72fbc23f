// `node bench/terraform-overhead.ts [--json]`: terraform_overhead_ratio. ATLAS's end-to-end time for one VM
// with the Terraform engine (command → plan → approval → apply → running, approved at once) divided by the
// time of `terraform init / workspace new / plan / apply` run by hand on the same generated workspace,
// against the same simulator, through the same provider (the stand-in for bpg/proxmox), with the same
// pg state backend. Median of five rounds.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pgConnString } from '../src/iac/terraform-env.ts';
import { startSimulator } from '../src/sim/index.ts';
import { percentile } from './settings.ts';
import { openTerraformBench, type TerraformBench } from './terraform-bench-world.ts';
import { runByHand } from './terraform-by-hand.ts';

export const TARGET_RATIO = 1.15;

export interface OverheadResult {
  terraform_overhead_ratio: number;
  atlas_ms: number;
  by_hand_ms: number;
}

export function hasTerraform(): boolean {
  return spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;
}

/** Creates `tfb-<i>` through ATLAS and removes the VM again; the milliseconds it took. */
async function atlasRun(bench: TerraformBench, i: number): Promise<{ ms: number; id: string }> {
  const t0 = performance.now();
  const id = await bench.createAndApprove(`tfb-${i}`);
  const ms = performance.now() - t0;
  removeVm(bench, `tfb-${i}`);
  return { ms, id };
}

/** The same workspace by hand, in a Terraform workspace of its own; the VM is removed again. */
async function byHandRun(bench: TerraformBench, requestId: string, i: number, name: string): Promise<number> {
  const ms = await runByHand({
    workspace: bench.workspaceDir(requestId),
    tfWorkspace: `by-hand-${i}`,
    env: { ...bench.terraformEnv, PG_CONN_STR: pgConnString(bench.databaseUrl) },
  });
  removeVm(bench, name);
  return ms;
}

function removeVm(bench: TerraformBench, name: string): void {
  const vm = bench.sim.state.vms().find((v) => v.config.name === name);
  if (!vm) throw new Error(`${name} is not on the simulator`);
  bench.sim.state.removeVm(vm.vmid);
}

/**
 * Rounds of one ATLAS run and one run by hand (of the previous round's workspace), in alternating order
 * so neither always runs on a warmer machine; the ratio is the median of the rounds' ratios.
 */
export async function measureTerraformOverhead(options: {
  redisUrl: string;
  databaseUrl: string;
  rounds?: number;
}): Promise<OverheadResult> {
  const sim = await startSimulator({ taskMs: 0, agentIpDelayMs: 0, sharedStorage: 'ceph-vm' });
  const bench = await openTerraformBench({ ...options, sim });
  try {
    // Warms both paths (file caches, the provider's first start); not counted.
    let previous = await atlasRun(bench, 0);
    await byHandRun(bench, previous.id, 0, 'tfb-0');
    const rounds: { atlas: number; byHand: number }[] = [];
    for (let i = 1; i <= (options.rounds ?? 5); i += 1) {
      const reference = previous;
      const handFirst = i % 2 === 1;
      const byHandFirst = handFirst ? await byHandRun(bench, reference.id, i, `tfb-${i - 1}`) : 0;
      previous = await atlasRun(bench, i);
      const byHand = handFirst ? byHandFirst : await byHandRun(bench, reference.id, i, `tfb-${i - 1}`);
      rounds.push({ atlas: previous.ms, byHand });
    }
    const median = (values: number[]) => percentile(values, 50);
    return {
      terraform_overhead_ratio: Math.round(median(rounds.map((r) => r.atlas / r.byHand)) * 100) / 100,
      atlas_ms: Math.round(median(rounds.map((r) => r.atlas))),
      by_hand_ms: Math.round(median(rounds.map((r) => r.byHand))),
    };
  } finally {
    await bench.close();
    await sim.close();
  }
}

if (import.meta.main) {
  if (!hasTerraform()) {
    process.stdout.write('terraform_overhead_ratio skipped: terraform binary not found on PATH\n');
  } else {
    const result = await measureTerraformOverhead({
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    });
    if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
    else
      process.stdout.write(
        `terraform_overhead_ratio ${result.terraform_overhead_ratio} (ATLAS ${result.atlas_ms} ms, by hand ${result.by_hand_ms} ms)  target <= ${TARGET_RATIO}  ${result.terraform_overhead_ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}\n`,
      );
  }
}
