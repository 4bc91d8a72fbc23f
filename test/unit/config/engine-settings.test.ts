import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'atlas-config-'));

describe('engine settings', () => {
  it('defaults to auto, with terraform looked up on PATH and no CLI config', () => {
    const config = loadConfig({ env: {}, cwd: emptyDir() });

    expect(config.engine).toBe('auto');
    expect(config.terraform).toEqual({ bin: 'terraform', cliConfigFile: undefined });
  });

  it('takes the engine, the binary and a CLI config file from the environment', () => {
    const config = loadConfig({
      env: {
        ATLAS_ENGINE: 'terraform',
        ATLAS_TERRAFORM_BIN: '/opt/terraform/bin/terraform',
        ATLAS_TERRAFORM_CLI_CONFIG: '/etc/atlas/terraform.tfrc',
      },
      cwd: emptyDir(),
    });

    expect(config.engine).toBe('terraform');
    expect(config.terraform).toEqual({
      bin: '/opt/terraform/bin/terraform',
      cliConfigFile: '/etc/atlas/terraform.tfrc',
    });
  });

  it('refuses an engine it does not know, naming the choices', () => {
    const attempt = () => loadConfig({ env: { ATLAS_ENGINE: 'pulumi' }, cwd: emptyDir() });

    expect(attempt).toThrow(/ATLAS_ENGINE: expected one of auto, terraform, api, got "pulumi"/);
  });

  it('passes PATH, HOME and proxies on to child processes, and none of its secrets', () => {
    const config = loadConfig({
      env: {
        PATH: '/usr/local/bin:/usr/bin',
        HOME: '/var/lib/atlas',
        HTTPS_PROXY: 'http://proxy:3128',
        PROXMOX_TOKEN_SECRET: '5f0c9a4e-3b7d-4c1a-9e2f-7a8b6c5d4e3f',
        DATABASE_URL: 'postgres://atlas:pw@db/atlas',
        TF_CLI_ARGS: '-auto-approve',
      },
      cwd: emptyDir(),
    });

    expect(config.systemEnv).toEqual({
      PATH: '/usr/local/bin:/usr/bin',
      HOME: '/var/lib/atlas',
      HTTPS_PROXY: 'http://proxy:3128',
    });
    expect(Object.isFrozen(config.systemEnv)).toBe(true);
  });
});
