import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { renderConfigDocs } from '../../../src/config/render-docs.ts';
import { SETTINGS } from '../../../src/config/settings.ts';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'atlas-config-'));

describe('loadConfig', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = loadConfig({ env: {}, cwd: emptyDir() });

    expect(config.httpPort).toBe(3000);
    expect(config.policy.defaults).toMatchObject({
      cores: 2,
      memoryMiB: 2048,
      diskGiB: 20,
      template: 'ubuntu-24.04',
    });
    expect(config.policy.limits).toMatchObject({
      maxCores: 16,
      maxMemoryMiB: 65536,
      maxDiskGiB: 500,
      maxCount: 10,
    });
    expect(config.policy.approvalTtlMs).toBe(24 * 3600_000);
    expect(config.policy.allowSelfApproval).toBe(false);
    expect(config.proxmox.insecure).toBe(false);
    expect(Object.isFrozen(config.policy.limits)).toBe(true);
  });

  it('reads atlas.yaml and lets the environment win', () => {
    const dir = emptyDir();
    writeFileSync(
      join(dir, 'atlas.yaml'),
      'proxmox:\n  url: https://pve.example:8006\n  tokenId: a@pve!b\nlimits:\n  cores: 8\n',
    );

    const config = loadConfig({
      env: { ATLAS_MAX_CORES: '4', ATLAS_APPROVERS: 'console:bob, slack:U1' },
      cwd: dir,
    });

    expect(config.proxmox.url).toBe('https://pve.example:8006');
    expect(config.proxmox.tokenId).toBe('a@pve!b');
    expect(config.policy.limits.maxCores).toBe(4);
    expect(config.policy.approvers).toEqual(['console:bob', 'slack:U1']);
  });

  it('names every bad setting with the form it expects', () => {
    const env = {
      ATLAS_HTTP_PORT: 'eighty',
      PROXMOX_URL: 'pve.local',
      ATLAS_DEFAULT_MEMORY: 'lots',
      PROXMOX_INSECURE: 'maybe',
    };

    const attempt = () => loadConfig({ env, cwd: emptyDir() });

    expect(attempt).toThrow(/4 problem/);
    expect(attempt).toThrow(/ATLAS_HTTP_PORT: expected a whole number such as 4, got "eighty"/);
    expect(attempt).toThrow(/PROXMOX_URL: expected a URL/);
    expect(attempt).toThrow(/ATLAS_DEFAULT_MEMORY: expected a size such as 2G/);
    expect(attempt).toThrow(/PROXMOX_INSECURE: expected true or false/);
  });

  it('keeps secrets out of every printed form', () => {
    const config = loadConfig({ env: { PROXMOX_TOKEN_SECRET: 'c0ffee-secret-value' }, cwd: emptyDir() });

    const printed = [
      JSON.stringify(config),
      inspect(config, { depth: 10 }),
      `${config.proxmox.tokenSecret}`,
    ].join('\n');

    expect(printed).not.toContain('c0ffee-secret-value');
    expect(config.proxmox.tokenSecret?.reveal()).toBe('c0ffee-secret-value');
  });

  it('does not echo a bad secret in the error', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'atlas.yaml'), 'proxmox:\n  tokenSecret: ""\n');

    expect(() => loadConfig({ env: {}, cwd: dir })).toThrow(
      /tokenSecret in .*: expected a non-empty value, got "\*\*\*"/,
    );
  });

  it('refuses an ATLAS_CONFIG that does not exist', () => {
    expect(() => loadConfig({ env: { ATLAS_CONFIG: '/nonexistent/atlas.yaml' }, cwd: emptyDir() })).toThrow(
      /does not exist/,
    );
  });
});

describe('docs/configuration.md', () => {
  it('is generated from the settings table and lists every setting', () => {
    const docs = readFileSync('docs/configuration.md', 'utf8');

    expect(docs, 'docs/configuration.md is stale: run node scripts/gen-config-docs.ts').toBe(
      renderConfigDocs(),
    );
    for (const setting of SETTINGS) expect(docs).toContain(`\`${setting.env}\``);
  });
});
