import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const hasTerraform = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

/** Runs `atlas demo` as a newcomer would, with a scripted conversation on standard input. */
function demo(
  script: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string; err: string }> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(ATLAS_|REDIS_URL|DATABASE_URL|PROXMOX_)/.test(k)),
  );
  const proc = spawn(process.execPath, ['bin/atlas.js', 'demo', '--no-color', '--task-ms', '50'], {
    env: { ...clean, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  proc.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  proc.stdin.end(script);
  return new Promise((resolve) => proc.on('close', (code) => resolve({ code, out, err })));
}

describe('atlas demo', () => {
  it('takes a newcomer from a command to a running VM with an IP, approved by a second person', async () => {
    const script = ['/atlas vm create web-01 --cores 2 --memory 2G', '/as bob', 'approve', 'vm list'].join(
      '\n',
    );

    const { code, out } = await demo(script);

    expect(code).toBe(0);
    expect(out).toContain(
      hasTerraform
        ? 'VMs are made by the Terraform engine (Terraform 1.'
        : 'VMs are made by the API engine (ATLAS_ENGINE=auto and terraform was not found on PATH)',
    );
    expect(out).toMatch(/Plan R-[0-9A-Z]{4}: create web-01/);
    if (hasTerraform) expect(out).toContain('Terraform: 1 to add, 0 to change, 0 to destroy.');
    expect(out).toContain('[Approve]  /atlas approve R-');
    expect(out).toContain('[Reject]   /atlas reject R-');
    expect(out).toMatch(/Approved by bob at \d\d:\d\d UTC/);
    expect(out).toMatch(/R-[0-9A-Z]{4} done: web-01 is running/);
    expect(out).toMatch(/ssh atlas@10\.\d+\.\d+\.\d+/);
    expect(out).toMatch(/web-01\s+running/);
    expect(out).toMatch(/R-[0-9A-Z]{4}\s+succeeded\s+create web-01/);
    expect(out).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);

  it('runs the API engine when told to, whatever is installed', async () => {
    const script = ['/atlas vm create web-01', '/as bob', 'approve'].join('\n');

    const { code, out } = await demo(script, { ATLAS_ENGINE: 'api' });

    expect(code).toBe(0);
    expect(out).toContain('VMs are made by the API engine (ATLAS_ENGINE=api).');
    expect(out).toMatch(/Engine\s+api/);
    expect(out).toMatch(/R-[0-9A-Z]{4} done: web-01 is running/);
  }, 60_000);

  it('answers bad input with a suggestion and still exits cleanly', async () => {
    const { code, out } = await demo('vm create web-01 --memroy 4G\nhelp vm create\n');

    expect(code).toBe(0);
    expect(out).toContain('Did you mean --memory?');
    expect(out).toContain('--count');
    expect(out).toContain('Final state: no requests in this session.');
  }, 60_000);
});
