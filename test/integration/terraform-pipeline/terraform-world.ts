import { spawnSync } from 'node:child_process';
import type { PipelineWorld } from '../../support/pipeline-world.ts';

/** Whether the real terraform binary runs here; these tests are skipped, loudly, when it does not. */
export const hasTerraform = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;
export const NO_TERRAFORM = 'terraform binary not found on PATH';
if (!hasTerraform) console.warn(`SKIPPING the Terraform pipeline tests: ${NO_TERRAFORM}`);

/** Terraform runs take seconds: plans and applies get a minute. */
export const TF_WAIT_MS = 60_000;

/** Every progress line shown in the thread for one request, in order, once each. */
export function progressLines(world: PipelineWorld, requestId: string): string[] {
  const lines = world.chat.calls
    .map((c) => c.view)
    .filter((v) => v.kind === 'progress' && v.replaces === `progress:${requestId}`)
    .flatMap((v) => (v.text ?? '').split('\n'));
  return [...new Set(lines)];
}

/** The VMs of the simulator whose name starts with `prefix`. */
export function simVms(world: PipelineWorld, prefix: string) {
  return world.sim.state.vms().filter((v) => String(v.config.name).startsWith(prefix));
}
