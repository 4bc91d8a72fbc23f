import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TerraformRunner, type TerraformRunnerOptions } from '../../../src/iac/terraform-runner.ts';

export const TERRAFORM = process.env.ATLAS_TEST_TERRAFORM ?? 'terraform';

/** Whether the real terraform binary runs here; the tests that need it are skipped (loudly) when not. */
export const hasTerraform = spawnSync(TERRAFORM, ['version'], { stdio: 'ignore' }).status === 0;
export const NO_TERRAFORM = `terraform binary not found (looked for "${TERRAFORM}" on PATH; set ATLAS_TEST_TERRAFORM)`;
if (!hasTerraform) console.warn(`SKIPPING Terraform integration tests: ${NO_TERRAFORM}`);

/** A scratch directory with the given files; `dispose` removes it. */
export function scratch(files: Record<string, string> = {}): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-tf-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The host environment a test's Terraform gets: PATH, and a HOME of its own. */
export function systemEnv(home: string): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', HOME: home };
}

export function testRunner(home: string, options: Partial<TerraformRunnerOptions> = {}): TerraformRunner {
  return new TerraformRunner({
    bin: TERRAFORM,
    env: { ...systemEnv(home), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' },
    sanitize: (text) => text,
    graceMs: 2_000,
    lockTimeoutMs: 0,
    ...options,
  });
}
