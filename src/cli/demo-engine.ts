import { join } from 'node:path';
import type { Config } from '../config/index.ts';
import { installProviderMirror } from '../sim/terraform-provider/index.ts';
import { chooseEngine } from './engine-choice.ts';

/**
 * The demo's engine: Terraform when its binary is here (ATLAS_ENGINE permitting), with ATLAS's stand-in
 * for the bpg/proxmox provider installed into a mirror under `scratch`, since the demo's Proxmox is the
 * simulator and nothing is downloaded; else the API engine. Returns the configuration to run with and
 * the words the banner says about it.
 */
export async function demoEngine(config: Config, scratch: string): Promise<{ config: Config; said: string }> {
  const choice = await chooseEngine(config);
  if (choice.name === 'api') {
    return { config: { ...config, engine: 'api' }, said: `the API engine (${choice.why})` };
  }
  const mirror = await installProviderMirror(join(scratch, 'provider-mirror'));
  return {
    config: {
      ...config,
      engine: 'terraform',
      terraform: { ...config.terraform, cliConfigFile: mirror.cliConfigFile },
    },
    said: `the Terraform engine (Terraform ${choice.version}, with ATLAS's stand-in for the bpg/proxmox provider)`,
  };
}
