import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AtlasError } from '../../domain/errors.ts';
import { ROLE_NAME_PATTERN } from '../../domain/roles.ts';

/** A profile: a named bundle of roles (`templates/profiles/web.yml`). */
export const Profile = z.object({
  description: z.string().max(200).optional(),
  roles: z.array(z.string().regex(ROLE_NAME_PATTERN)).min(1).max(10),
});
export type Profile = z.infer<typeof Profile>;

/** The roles (directories with `tasks/main.yml`) and profiles (`NAME.yml`) ATLAS can run. */
export class RoleCatalog {
  readonly #roleDirs: readonly string[];
  readonly #profileDirs: readonly string[];

  constructor(roleDirs: readonly string[], profileDirs: readonly string[]) {
    this.#roleDirs = roleDirs;
    this.#profileDirs = profileDirs;
  }

  /** Names → roles in order, profiles expanded, each once. Unknown names fail, naming what exists. */
  async resolve(names: readonly string[]): Promise<string[]> {
    const roles = await this.roles();
    const profiles = await this.profiles();
    const resolved: string[] = [];
    for (const name of names) {
      const expanded = roles.includes(name) ? [name] : profiles.get(name)?.roles;
      if (!expanded) throw unknownName(name, roles, [...profiles.keys()].sort());
      const missing = expanded.find((role) => !roles.includes(role));
      if (missing) throw brokenProfile(name, missing);
      for (const role of expanded) if (!resolved.includes(role)) resolved.push(role);
    }
    return resolved;
  }

  async roles(): Promise<string[]> {
    const found = new Set<string>();
    for (const dir of this.#roleDirs) {
      for (const name of await listNames(dir)) {
        if (await isFile(join(dir, name, 'tasks', 'main.yml'))) found.add(name);
      }
    }
    return [...found].sort();
  }

  async profiles(): Promise<Map<string, Profile>> {
    const found = new Map<string, Profile>();
    for (const dir of this.#profileDirs) {
      for (const file of await listNames(dir, '.yml')) {
        const name = file.slice(0, -'.yml'.length);
        if (!found.has(name)) found.set(name, await readProfile(join(dir, file)));
      }
    }
    return found;
  }
}

async function listNames(dir: string, suffix = ''): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(suffix) && ROLE_NAME_PATTERN.test(n.slice(0, n.length - suffix.length)))
    .sort();
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function readProfile(file: string): Promise<Profile> {
  const parsed = Profile.safeParse(parse(await readFile(file, 'utf8')));
  if (parsed.success) return parsed.data;
  throw new AtlasError('config', `The profile ${file} is not valid: ${parsed.error.issues[0]?.message}.`, {
    hint: 'A profile is YAML with `roles:` (a list of role names) and an optional `description:`.',
  });
}

function unknownName(name: string, roles: readonly string[], profiles: readonly string[]): AtlasError {
  const known = [
    roles.length > 0 ? `roles: ${roles.join(', ')}` : 'no roles',
    profiles.length > 0 ? `profiles: ${profiles.join(', ')}` : '',
  ].filter(Boolean);
  return new AtlasError('usage', `--with ${name}: there is no role or profile of that name.`, {
    hint: `ATLAS has ${known.join('; ')}.`,
  });
}

function brokenProfile(name: string, role: string): AtlasError {
  return new AtlasError('config', `The profile ${name} names the role ${role}, which does not exist.`, {
    hint: 'Fix the profile (templates/profiles/) or add the role (ATLAS_ANSIBLE_ROLES_PATH).',
  });
}
