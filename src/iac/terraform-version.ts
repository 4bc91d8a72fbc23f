import { z } from 'zod';
import { runProcess } from './run-process.ts';

const VersionOutput = z.object({ terraform_version: z.string() });

export type TerraformProbe = { found: true; version: string } | { found: false; problem: string };

/**
 * Whether the terraform binary runs, and its version (`terraform version -json`). Never throws: a missing
 * or broken binary is an answer (`auto` then falls back to the API engine; doctor says what is wrong).
 */
export async function probeTerraform(
  bin: string,
  systemEnv: Readonly<Record<string, string>>,
): Promise<TerraformProbe> {
  const result = await runProcess({
    bin,
    args: ['version', '-json'],
    cwd: process.cwd(),
    env: { ...systemEnv, CHECKPOINT_DISABLE: '1' },
    timeoutMs: 15_000,
    graceMs: 1_000,
  });
  if (result.spawnError) return { found: false, problem: spawnProblem(bin, result.spawnError) };
  if (result.exitCode !== 0) {
    return { found: false, problem: `\`${bin} version\` exited with ${result.exitCode ?? result.stopped}` };
  }
  try {
    return { found: true, version: VersionOutput.parse(JSON.parse(result.stdout)).terraform_version };
  } catch {
    return {
      found: false,
      problem: `${bin} answered \`version -json\` with something that is not Terraform's`,
    };
  }
}

function spawnProblem(bin: string, error: string): string {
  if (/ENOENT/.test(error)) return `${bin} was not found${bin.includes('/') ? '' : ' on PATH'}`;
  return `${bin} does not run: ${error.split('\n')[0]}`;
}
