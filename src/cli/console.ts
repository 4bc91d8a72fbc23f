import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { runConsole } from './console-run.ts';
import { openConfigured } from './setup.ts';

/** `atlas console [--user NAME]`: chat in this terminal with the configured Proxmox, Redis and database. */
export async function run(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { user: { type: 'string' }, 'no-color': { type: 'boolean' } },
  });
  const { config, runtime } = await openConfigured('console');
  try {
    await runConsole(runtime, {
      user: values.user ?? safeUserName(),
      input: process.stdin,
      output: process.stdout,
      echo: !process.stdin.isTTY,
      color: process.stdout.isTTY === true && !values['no-color'],
      settleTimeoutMs: config.proxmox.taskTimeoutMs * 2,
    });
  } finally {
    await runtime.close();
  }
  return 0;
}

function safeUserName(): string {
  const name = userInfo().username.replace(/[^A-Za-z0-9._-]/g, '');
  return name || 'me';
}
