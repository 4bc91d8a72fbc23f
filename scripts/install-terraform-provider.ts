// Installs the Terraform provider stand-in for bpg/proxmox into a filesystem mirror and prints the
// line that makes terraform use it:
//   eval "$(node scripts/install-terraform-provider.ts .atlas/terraform-mirror)"
import process from 'node:process';
import { installProviderMirror } from '../src/sim/terraform-provider/index.ts';

const dir = process.argv[2];
if (dir === undefined || dir === '') {
  console.error('usage: node scripts/install-terraform-provider.ts DIRECTORY');
  console.error('Writes the provider mirror into DIRECTORY and prints export TF_CLI_CONFIG_FILE=...');
  process.exit(2);
}
const mirror = await installProviderMirror(dir);
const quoted = `'${mirror.cliConfigFile.replace(/'/g, `'\\''`)}'`;
console.error(`bpg/proxmox ${mirror.version} (ATLAS stand-in) installed in ${mirror.mirrorDir}`);
console.log(`export TF_CLI_CONFIG_FILE=${quoted}`);
