export interface Command {
  name: string;
  summary: string;
  run(args: readonly string[]): Promise<number>;
}

const lazy =
  (load: () => Promise<{ run(args: readonly string[]): Promise<number> }>) =>
  async (args: readonly string[]): Promise<number> =>
    (await load()).run(args);

/** Each command loads only what it needs. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'start',
    summary: 'run the bot and a worker in one process',
    run: lazy(() => import('./start.ts')),
  },
  {
    name: 'bot',
    summary: 'run the chat adapters and the HTTP endpoint',
    run: lazy(() => import('./bot.ts')),
  },
  {
    name: 'worker',
    summary: 'run the job workers (plan, apply, lifecycle)',
    run: lazy(() => import('./worker.ts')),
  },
  {
    name: 'console',
    summary: 'chat with ATLAS in this terminal, against the configured Proxmox',
    run: lazy(() => import('./console.ts')),
  },
  {
    name: 'demo',
    summary: 'the console against a built-in Proxmox simulator; needs no configuration',
    run: lazy(() => import('./demo.ts')),
  },
  {
    name: 'discord',
    summary: 'register the /atlas slash command with Discord (`atlas discord register [--guild ID]`)',
    run: lazy(() => import('./discord.ts')),
  },
  {
    name: 'doctor',
    summary: 'check the configuration and reach Redis, PostgreSQL and Proxmox',
    run: lazy(() => import('./doctor.ts')),
  },
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'ATLAS: chat-ops for Proxmox VE.',
    '',
    'Usage: atlas <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from the environment and atlas.yaml: see docs/configuration.md.',
    '',
  ].join('\n');
}
