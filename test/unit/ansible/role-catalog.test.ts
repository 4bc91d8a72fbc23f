import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnsibleConfigurator } from '../../../src/iac/ansible/ansible-configurator.ts';
import { DEFAULT_PROFILES_DIR, DEFAULT_ROLES_DIR } from '../../../src/iac/ansible/ansible-options.ts';
import { RoleCatalog } from '../../../src/iac/ansible/role-catalog.ts';

function ownRoles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-roles-'));
  mkdirSync(join(dir, 'postgres', 'tasks'), { recursive: true });
  writeFileSync(join(dir, 'postgres', 'tasks', 'main.yml'), '- ansible.builtin.debug: {msg: hi}\n');
  mkdirSync(join(dir, 'not-a-role'));
  writeFileSync(join(dir, 'db-stack.yml'), 'roles: [postgres, docker]\n');
  writeFileSync(join(dir, 'broken.yml'), 'roles: [nothere]\n');
  return dir;
}

describe('RoleCatalog', () => {
  it('ships nginx and docker, and the web profile', async () => {
    const catalog = new RoleCatalog([DEFAULT_ROLES_DIR], [DEFAULT_PROFILES_DIR]);

    expect(await catalog.roles()).toEqual(['docker', 'nginx']);
    expect(await catalog.resolve(['web', 'docker'])).toEqual(['nginx', 'docker']);
    expect(await catalog.resolve(['web-docker', 'nginx'])).toEqual(['docker', 'nginx']);
  });

  it("adds operators' own roles and profiles before the shipped ones", async () => {
    const own = ownRoles();
    const catalog = new RoleCatalog([own, DEFAULT_ROLES_DIR], [own, DEFAULT_PROFILES_DIR]);

    expect(await catalog.roles()).toEqual(['docker', 'nginx', 'postgres']);
    expect(await catalog.resolve(['db-stack'])).toEqual(['postgres', 'docker']);
  });

  it('names what exists when a name does not, and what a broken profile lacks', async () => {
    const own = ownRoles();
    const catalog = new RoleCatalog([own, DEFAULT_ROLES_DIR], [own, DEFAULT_PROFILES_DIR]);

    await expect(catalog.resolve(['apache'])).rejects.toMatchObject({
      code: 'usage',
      message: '--with apache: there is no role or profile of that name.',
      hint: expect.stringContaining(
        'roles: docker, nginx, postgres; profiles: broken, container-host, db-stack, web, web-docker',
      ),
    });
    await expect(catalog.resolve(['broken'])).rejects.toThrow('The profile broken names the role nothere');
  });
});

describe('AnsibleConfigurator.resolveRoles', () => {
  it('refuses roles before any VM is made when ansible-playbook does not run, naming it', async () => {
    const configurator = new AnsibleConfigurator({
      keyFile: join(mkdtempSync(join(tmpdir(), 'atlas-key-')), 'atlas_ed25519'),
      sanitize: (text) => text,
      bin: '/nonexistent/ansible-playbook',
    });

    await expect(configurator.resolveRoles(['nginx'])).rejects.toMatchObject({
      code: 'config',
      message: expect.stringContaining('cannot configure VMs: /nonexistent/ansible-playbook does not run'),
    });
  });
});
