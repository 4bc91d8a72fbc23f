import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetWorkspace } from '../../../src/iac/forget-workspace.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** `<root>/work` with a workspace the way Terraform leaves it, plus a provider cache outside it. */
function workDirWith(...names: string[]): { workDir: string; cache: string } {
  root = mkdtempSync(join(tmpdir(), 'atlas-forget-'));
  const workDir = join(root, 'work');
  const cache = join(root, 'plugin-cache');
  mkdirSync(workDir);
  mkdirSync(join(cache, 'bpg'), { recursive: true });
  writeFileSync(join(cache, 'bpg', 'terraform-provider-proxmox'), 'binary');
  for (const name of names) {
    const dir = join(workDir, name);
    mkdirSync(join(dir, '.terraform', 'providers'), { recursive: true });
    symlinkSync(join(cache, 'bpg'), join(dir, '.terraform', 'providers', 'bpg'));
    for (const file of ['versions.tf', 'providers.tf', 'vms.tf', '.terraform.lock.hcl', 'atlas.tfplan']) {
      writeFileSync(join(dir, file), file);
    }
  }
  writeFileSync(join(workDir, 'proxmox-ca.pem'), 'ca');
  return { workDir, cache };
}

describe('forgetWorkspace', () => {
  it('pg backend: removes the whole directory of that request and nothing else', async () => {
    const { workDir, cache } = workDirWith('r-7f3k', 'r-8g4m');

    const removed = await forgetWorkspace(workDir, 'R-7F3K', 'pg');
    const again = await forgetWorkspace(workDir, 'R-7F3K', 'pg');

    expect([removed, again]).toEqual([true, false]);
    expect(readdirSync(workDir).sort()).toEqual(['proxmox-ca.pem', 'r-8g4m']);
    expect(readdirSync(join(workDir, 'r-8g4m'))).toContain('.terraform');
    expect(existsSync(join(cache, 'bpg', 'terraform-provider-proxmox'))).toBe(true);
  });

  it('local backend: keeps the state files, the only record of what Terraform made', async () => {
    const { workDir } = workDirWith('r-7f3k');
    const dir = join(workDir, 'r-7f3k');
    writeFileSync(join(dir, 'terraform.tfstate'), '{"resources":[]}');
    writeFileSync(join(dir, 'terraform.tfstate.backup'), '{}');

    const removed = await forgetWorkspace(workDir, 'R-7F3K', 'local');
    const again = await forgetWorkspace(workDir, 'R-7F3K', 'local');

    expect([removed, again]).toEqual([true, false]);
    expect(readdirSync(dir).sort()).toEqual(['terraform.tfstate', 'terraform.tfstate.backup']);
  });

  it('local backend: removes a directory that holds no state (a destroy works on its owner state)', async () => {
    const { workDir } = workDirWith('r-7f3k');

    expect(await forgetWorkspace(workDir, 'R-7F3K', 'local')).toBe(true);
    expect(readdirSync(workDir)).toEqual(['proxmox-ca.pem']);
  });

  it('leaves a symlink under the workspace name alone, and what it points to', async () => {
    const { workDir } = workDirWith();
    const outside = join(root, 'elsewhere');
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious'), 'keep me');
    symlinkSync(outside, join(workDir, 'r-7f3k'));

    const removed = await forgetWorkspace(workDir, 'R-7F3K', 'pg');

    expect(removed).toBe(false);
    expect(readdirSync(join(workDir, 'r-7f3k'))).toEqual(['precious']);
  });

  it('is false when there is nothing, and refuses what is not a request id', async () => {
    const { workDir } = workDirWith();

    expect(await forgetWorkspace(workDir, 'R-9H5N', 'pg')).toBe(false);
    await expect(forgetWorkspace(workDir, '../..', 'pg')).rejects.toThrow(/is not a request id/);
    expect(existsSync(root)).toBe(true);
  });
});
