import type { Config } from '../config/index.ts';
import { AtlasError } from '../domain/errors.ts';

/** The engine a process runs, settled once at start: `auto` becomes one of the two. */
export type EngineChoice = { name: 'terraform'; version: string } | { name: 'api'; why: string };

/**
 * ATLAS_ENGINE settled: `api` as configured; `terraform` when its binary runs (an error naming the
 * binary when it was asked for and does not); `auto` is terraform when the binary runs, else api.
 */
export async function chooseEngine(
  config: Pick<Config, 'engine' | 'terraform' | 'systemEnv'>,
): Promise<EngineChoice> {
  if (config.engine === 'api') return { name: 'api', why: 'ATLAS_ENGINE=api' };
  // Loaded only when needed: a process on the API engine does without Terraform's modules.
  const { probeTerraform } = await import('../iac/terraform-version.ts');
  const probe = await probeTerraform(config.terraform.bin, config.systemEnv);
  if (probe.found) return { name: 'terraform', version: probe.version };
  if (config.engine === 'auto') return { name: 'api', why: `ATLAS_ENGINE=auto and ${probe.problem}` };
  throw new AtlasError('config', `ATLAS_ENGINE=terraform, but ${probe.problem}.`, {
    hint: 'Install Terraform (https://developer.hashicorp.com/terraform/install) or set ATLAS_TERRAFORM_BIN to its path; or set ATLAS_ENGINE=api.',
  });
}

/** One line for logs, banners and doctor: `terraform (Terraform 1.11.4)`, `api (ATLAS_ENGINE=api)`. */
export function describeEngine(choice: EngineChoice): string {
  return choice.name === 'terraform' ? `terraform (Terraform ${choice.version})` : `api (${choice.why})`;
}
