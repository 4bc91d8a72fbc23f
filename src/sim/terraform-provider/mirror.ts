// Makes the provider installable by `terraform init` without a registry: a filesystem mirror holding a
// wrapper script that runs this project's Node on main.ts, and a CLI config file (TF_CLI_CONFIG_FILE)
// that takes bpg/proxmox from the mirror and every other provider from its registry as usual.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import process from 'node:process';

export const PROVIDER_SOURCE = 'registry.terraform.io/bpg/proxmox';
/** A bpg/proxmox version whose argument names and defaults the stand-in follows. */
export const PROVIDER_VERSION = '0.78.0';
export const CLI_CONFIG_NAME = 'terraform-cli.tfrc';

export interface ProviderMirror {
  /** The CLI config file, for TF_CLI_CONFIG_FILE. */
  cliConfigFile: string;
  /** The filesystem mirror's root directory. */
  mirrorDir: string;
  version: string;
}

const GOOS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  freebsd: 'freebsd',
  win32: 'windows',
};
const GOARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };

/** Terraform's name for this machine's platform: `linux_amd64`, `darwin_arm64`. */
export function terraformPlatform(platform = process.platform, arch = process.arch): string {
  return `${GOOS[platform] ?? platform}_${GOARCH[arch] ?? arch}`;
}

export async function installProviderMirror(dir: string): Promise<ProviderMirror> {
  const mirrorDir = resolve(dir);
  const packageDir = join(mirrorDir, PROVIDER_SOURCE, PROVIDER_VERSION, terraformPlatform());
  await mkdir(packageDir, { recursive: true });
  const executable = join(packageDir, `terraform-provider-proxmox_v${PROVIDER_VERSION}`);
  await writeFile(executable, wrapperScript(process.execPath, join(import.meta.dirname, 'main.ts')));
  await chmod(executable, 0o755);
  const cliConfigFile = join(mirrorDir, CLI_CONFIG_NAME);
  await writeFile(cliConfigFile, cliConfig(mirrorDir));
  return { cliConfigFile, mirrorDir, version: PROVIDER_VERSION };
}

export function wrapperScript(node: string, main: string): string {
  return [
    '#!/bin/sh',
    '# The ATLAS stand-in for the bpg/proxmox Terraform provider (written by installProviderMirror).',
    `exec ${shellQuote(node)} ${shellQuote(main)} "$@"`,
    '',
  ].join('\n');
}

export function cliConfig(mirrorDir: string): string {
  const source = hclString(PROVIDER_SOURCE);
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${hclString(mirrorDir)}`,
    `    include = [${source}]`,
    '  }',
    '  direct {',
    `    exclude = [${source}]`,
    '  }',
    '}',
    '',
  ].join('\n');
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A quoted HCL string: JSON escapes plus HCL's template sequences. */
export function hclString(text: string): string {
  return JSON.stringify(text)
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}
