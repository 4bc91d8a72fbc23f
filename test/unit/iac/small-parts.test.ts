import { describe, expect, it } from 'vitest';
import { pgConnString, terraformEnv } from '../../../src/iac/terraform-env.ts';
import { ipsByName, pickIpv4 } from '../../../src/iac/vm-ips.ts';
import { workspaceDir, workspaceName } from '../../../src/iac/workspace-dir.ts';

describe('pickIpv4', () => {
  it('takes the first usable IPv4 across interfaces', () => {
    expect(pickIpv4([['127.0.0.1'], ['169.254.3.4', '10.0.0.5'], ['192.168.1.9']])).toBe('10.0.0.5');
  });

  it('gives nothing when the agent reported nothing usable', () => {
    expect(pickIpv4([])).toBeUndefined();
    expect(pickIpv4([['127.0.0.1'], ['fe80::1']])).toBeUndefined();
    expect(pickIpv4(null)).toBeUndefined();
  });

  it('reads the ipv4_addresses output by VM name', () => {
    const outputs = { ipv4_addresses: { value: { 'web-01': [['127.0.0.1'], ['10.0.0.5']], 'db-1': [] } } };

    expect([...ipsByName(outputs)]).toEqual([['web-01', '10.0.0.5']]);
    expect(ipsByName({}).size).toBe(0);
  });
});

describe('workspaceDir', () => {
  it('puts a request in its own directory', () => {
    expect(workspaceDir('/data/terraform', 'R-7F3K')).toBe('/data/terraform/r-7f3k');
    expect(workspaceName('R-7F3K')).toBe('r-7f3k');
  });

  it('refuses anything that is not a request id, so no path leaves the work directory', () => {
    expect(() => workspaceDir('/data/terraform', '../etc')).toThrow(/not a request id/);
  });
});

describe('terraformEnv', () => {
  it('hands credentials to Terraform as environment variables only, and nothing else of ATLAS', () => {
    const env = terraformEnv({
      proxmox: {
        endpoint: 'https://pve:8006/',
        tokenId: 'atlas@pve!atlas',
        tokenSecret: 's3cret-uuid',
        insecure: true,
      },
      backend: { kind: 'pg', connString: 'postgres://atlas:pw@db/atlas' },
      cliConfigFile: '/etc/atlas/terraformrc',
      systemEnv: { PATH: '/usr/bin' },
    });

    expect(env).toEqual({
      PATH: '/usr/bin',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      TF_CLI_CONFIG_FILE: '/etc/atlas/terraformrc',
      PROXMOX_VE_ENDPOINT: 'https://pve:8006/',
      PROXMOX_VE_API_TOKEN: 'atlas@pve!atlas=s3cret-uuid',
      PROXMOX_VE_INSECURE: 'true',
      PG_CONN_STR: 'postgres://atlas:pw@db/atlas?sslmode=disable',
    });
  });

  it('sets no database for the local backend', () => {
    const env = terraformEnv({
      proxmox: { endpoint: 'https://pve:8006/', tokenId: 'a@pve!b', tokenSecret: 'c', insecure: false },
      backend: { kind: 'local' },
    });

    expect(env.PG_CONN_STR).toBeUndefined();
    expect(env.PROXMOX_VE_INSECURE).toBe('false');
  });
});

describe('pgConnString', () => {
  it('reaches PostgreSQL the way ATLAS does: TLS only when the URL asks for it', () => {
    expect(pgConnString('postgres://db/atlas')).toBe('postgres://db/atlas?sslmode=disable');
    expect(pgConnString('postgres://db/atlas?application_name=x')).toBe(
      'postgres://db/atlas?application_name=x&sslmode=disable',
    );
    expect(pgConnString('postgres://db/atlas?sslmode=verify-full')).toBe(
      'postgres://db/atlas?sslmode=verify-full',
    );
  });
});
