import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../src/sim/index.ts';
import { DATABASE_URL, REDIS_URL } from '../support/services.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => sim?.close());

function doctor(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(ATLAS_|REDIS_URL|DATABASE_URL|PROXMOX_)/.test(k)),
  );
  const proc = spawn(process.execPath, [join(process.cwd(), 'bin/atlas.js'), 'doctor'], {
    env: { ...clean, ...env },
    cwd: mkdtempSync(join(tmpdir(), 'atlas-doctor-')),
  });
  let out = '';
  proc.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  return new Promise((resolve) => proc.on('close', (code) => resolve({ code, out })));
}

const configured = () => ({
  REDIS_URL,
  DATABASE_URL,
  PROXMOX_URL: sim.url,
  PROXMOX_TOKEN_ID: sim.tokenId,
  PROXMOX_TOKEN_SECRET: sim.tokenSecret,
  ATLAS_APPROVERS: 'console:bob',
});

describe('atlas doctor', () => {
  it('passes when Redis, PostgreSQL and Proxmox answer', async () => {
    const { code, out } = await doctor(configured());

    expect(out).toMatch(/✓ Redis: redis:\/\/127\.0\.0\.1:6379 answers/);
    expect(out).toMatch(
      /✓ PostgreSQL: DATABASE_URL answers; schema up to date|DATABASE_URL answers; \d+ migrations?/,
    );
    expect(out).toMatch(/✓ Proxmox: Proxmox VE .* nodes online: pve1, pve2, pve3/);
    expect(out).toMatch(
      spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0
        ? /✓ Engine: terraform: Terraform \d+\.\d+\.\d+ \(terraform\); state in PostgreSQL/
        : /✓ Engine: api: VMs are made through the Proxmox API \(ATLAS_ENGINE=auto and terraform was not found on PATH\)/,
    );
    expect(out).toContain('All checks passed.');
    expect(code).toBe(0);
  });

  it('says what is wrong and how to fix it, without printing the secret', async () => {
    const { code, out } = await doctor({
      ...configured(),
      PROXMOX_TOKEN_SECRET: 'wrong-secret-1234',
      REDIS_URL: 'redis://127.0.0.1:1',
    });

    expect(out).toMatch(/✗ Redis: cannot reach redis:\/\/127\.0\.0\.1:1/);
    expect(out).toMatch(/✗ Proxmox: .*401/);
    expect(out).toMatch(/PROXMOX_TOKEN_ID|PROXMOX_TOKEN_SECRET/);
    expect(out).not.toContain('wrong-secret-1234');
    expect(out).toContain('2 check(s) failed');
    expect(code).toBe(1);
  });

  it('says when the Terraform engine is asked for and its binary is missing', async () => {
    const { code, out } = await doctor({
      ...configured(),
      ATLAS_ENGINE: 'terraform',
      ATLAS_TERRAFORM_BIN: '/nonexistent/terraform',
    });

    expect(out).toContain('✗ Engine: ATLAS_ENGINE=terraform, but /nonexistent/terraform was not found.');
    expect(out).toContain('set ATLAS_TERRAFORM_BIN to its path; or set ATLAS_ENGINE=api');
    expect(code).toBe(1);
  });

  it('names a bad setting and the form it expects', async () => {
    const { code, out } = await doctor({ ...configured(), ATLAS_MAX_MEMORY: 'plenty' });

    expect(out).toContain('✗ Configuration');
    expect(out).toContain('ATLAS_MAX_MEMORY: expected a size such as 2G, 2048M or 2 GiB, got "plenty"');
    expect(code).toBe(1);
  });
});
