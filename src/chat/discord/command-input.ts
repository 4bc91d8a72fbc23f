import { ApplicationCommandOptionType } from 'discord.js';

/** One option of a slash command as Discord delivers it (and discord.js keeps it in `options.data`). */
export interface CommandOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  options?: readonly CommandOption[] | undefined;
}

/** `/atlas vm create name:web-01 cores:2` → path `vm create`, values `{ name: 'web-01', cores: 2 }`. */
export interface CommandInput {
  path: string;
  values: ReadonlyMap<string, string | number | boolean>;
}

const NESTING: readonly number[] = [
  ApplicationCommandOptionType.SubcommandGroup,
  ApplicationCommandOptionType.Subcommand,
];

export function commandInput(options: readonly CommandOption[]): CommandInput {
  const path: string[] = [];
  let level = options;
  for (;;) {
    const nested = level.find((option) => NESTING.includes(option.type));
    if (!nested) break;
    path.push(nested.name);
    level = nested.options ?? [];
  }
  const values = new Map<string, string | number | boolean>();
  for (const option of level) if (option.value !== undefined) values.set(option.name, option.value);
  return { path: path.join(' '), values };
}
