import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISCORD_COMMANDS } from '../../../src/chat/discord/command-definitions.ts';
import { VM_CREATE } from '../../../src/core/grammar/commands.ts';

interface Def {
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  type?: number;
  options?: Def[];
}

function walk(defs: readonly Def[], visit: (def: Def, depth: number) => void, depth = 0): void {
  for (const def of defs) {
    visit(def, depth);
    walk(def.options ?? [], visit, depth + 1);
  }
}

const commands = DISCORD_COMMANDS as unknown as Def[];

describe('the /atlas command definitions', () => {
  it('are what manifests/discord-commands.json holds (regenerate with `atlas discord commands`)', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../../manifests/discord-commands.json', import.meta.url), 'utf8'),
    );

    expect(manifest).toEqual(JSON.parse(JSON.stringify(DISCORD_COMMANDS)));
  });

  it('stay within Discord’s rules for names, descriptions and option counts', () => {
    const problems: string[] = [];

    walk(commands, (def) => {
      if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(def.name)) problems.push(`name ${def.name}`);
      if (def.description.length < 1 || def.description.length > 100)
        problems.push(`description of ${def.name}`);
      if ((def.options?.length ?? 0) > 25) problems.push(`options of ${def.name}`);
      const required = (def.options ?? []).map((o) => (o as { required?: boolean }).required === true);
      if (required.indexOf(false) >= 0 && required.lastIndexOf(true) > required.indexOf(false))
        problems.push(`required options after optional ones in ${def.name}`);
    });

    expect(problems).toEqual([]);
  });

  it('describe every command and option in Italian too, within the same limits', () => {
    const missing: string[] = [];

    walk(commands, (def) => {
      const italian = def.description_localizations?.it ?? '';
      if (italian.length < 1 || italian.length > 100 || italian === def.description) missing.push(def.name);
    });

    expect(missing).toEqual([]);
  });

  it('offer every option of the grammar’s vm create, under the grammar’s own names', () => {
    const vm = commands[0]?.options?.find((o) => o.name === 'vm');
    const create = vm?.options?.find((o) => o.name === 'create');

    const names = create?.options?.map((o) => o.name);

    expect(names).toEqual(['name', ...VM_CREATE.flags.map((f) => f.name)]);
  });
});
