import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorkspace } from '../../../src/iac/render-workspace.ts';
import { terraformTemplates } from '../../../src/iac/template-env.ts';
import { DEFAULT_VM_DEFAULTS, workspaceVars } from '../../../src/iac/workspace-model.ts';
import { createAction } from './fixtures.ts';

/** `ATLAS_UPDATE_GOLDEN=1 npx vitest run test/unit/iac` rewrites the golden files after a deliberate change. */
const GOLDEN = join(import.meta.dirname, '../../golden/iac');
const UPDATE = process.env.ATLAS_UPDATE_GOLDEN === '1';

const NASTY_KEY =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: HCL interpolation text, on purpose
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl bob "${file("/etc/passwd")}" %{if true}x%{endif} C:\\keys';

const CASES = {
  'create-pg': workspaceVars(
    'R-7F3K',
    [
      createAction(),
      createAction({
        name: 'db-1',
        vmid: 102,
        node: 'pve1',
        template: { name: 'debian-12', vmid: 9001, node: 'pve1' },
        cores: 2,
        memoryMiB: 2048,
        diskGiB: 20,
        sshKeys: [NASTY_KEY],
        ipConfig: 'ip=10.0.0.5/24,gw=10.0.0.1',
        tags: ['atlas', 'atlas-r-7f3k'],
      }),
    ],
    {
      backend: { kind: 'pg', schemaName: 'atlas_terraform' },
      provider: { source: 'bpg/proxmox', version: '0.78.0' },
      defaults: DEFAULT_VM_DEFAULTS,
    },
  ),
  'destroy-local': workspaceVars('R-9ZZZ', [], {
    backend: { kind: 'local', statePath: '../r-7f3k/terraform.tfstate' },
    provider: { source: 'bpg/proxmox', version: '0.78.0' },
    defaults: DEFAULT_VM_DEFAULTS,
  }),
};

describe('generated Terraform (golden files in test/golden/iac)', () => {
  it.each(Object.entries(CASES))('%s renders as its golden files', (name, vars) => {
    const dir = join(GOLDEN, name);

    const files = renderWorkspace(terraformTemplates(), vars);

    if (UPDATE) {
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    }
    expect(existsSync(dir)).toBe(true);
    expect(Object.keys(files).sort()).toEqual(readdirSync(dir).sort());
    for (const [file, text] of Object.entries(files)) {
      expect(text, `${name}/${file}`).toBe(readFileSync(join(dir, file), 'utf8'));
    }
  });

  it('contains no credential setting: they reach Terraform through the environment only', () => {
    const text = Object.values(renderWorkspace(terraformTemplates(), CASES['create-pg'])).join('\n');

    expect(text).not.toMatch(/api_token\s*=|endpoint\s*=|conn_str\s*=|password/);
  });
});
