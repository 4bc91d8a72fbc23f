import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/index.ts';
import { chooseEngine } from './engine-choice.ts';

/** `atlas doctor`'s word on the engine: which one runs, and for Terraform its version and where state goes. */
export async function checkEngine(config: Config): Promise<string> {
  const choice = await chooseEngine(config);
  if (choice.name === 'api') return `api: VMs are made through the Proxmox API (${choice.why})`;
  const cliConfig = config.terraform.cliConfigFile;
  if (cliConfig && !existsSync(cliConfig)) {
    throw new Error(
      `ATLAS_TERRAFORM_CLI_CONFIG names ${cliConfig}, which does not exist. Point it at a Terraform CLI config file, or unset it.`,
    );
  }
  const state = config.database.url
    ? 'state in PostgreSQL (pg backend, DATABASE_URL)'
    : `state in ${join(config.dataDir, 'terraform')}`;
  const mirror = cliConfig ? `; CLI config ${cliConfig}` : '';
  return `terraform: Terraform ${choice.version} (${config.terraform.bin}); ${state}${mirror}`;
}
