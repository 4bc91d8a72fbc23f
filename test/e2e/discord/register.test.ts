import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DISCORD_COMMANDS } from '../../../src/chat/discord/command-definitions.ts';
import { registerCommands } from '../../../src/chat/discord/register-commands.ts';
import { FakeDiscord } from './fake/fake-discord.ts';

const run = promisify(execFile);

describe('atlas discord register', () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('registers /atlas in a server, and again without duplicating it or changing its id', async () => {
    fake = await FakeDiscord.start();
    const options = {
      token: fake.state.token,
      applicationId: fake.state.applicationId,
      apiUrl: fake.apiUrl,
      guildId: fake.state.guildId,
    };

    const first = await registerCommands(options);
    const second = await registerCommands(options);

    expect(first.commands.map((c) => c.name)).toEqual(['atlas']);
    expect(second.commands).toEqual(first.commands);
    const stored = fake.state.commands.get(`guild:${fake.state.guildId}`);
    expect(stored).toHaveLength(1);
    expect(stored?.[0]).toMatchObject(JSON.parse(JSON.stringify(DISCORD_COMMANDS[0])));
  });

  it('runs from the command line, globally, with the token from the environment', async () => {
    fake = await FakeDiscord.start();
    const env = {
      ...process.env,
      DISCORD_TOKEN: fake.state.token,
      DISCORD_APPLICATION_ID: fake.state.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };

    const { stdout } = await run(process.execPath, ['bin/atlas.js', 'discord', 'register'], { env });

    expect(stdout).toMatch(/^Registered \/atlas in all servers \(global\)\./);
    expect(stdout).not.toContain(fake.state.token);
    expect(fake.state.commands.get('global')?.map((c) => c.name)).toEqual(['atlas']);
  }, 30_000);

  it('says what to do when Discord refuses the token', async () => {
    fake = await FakeDiscord.start();

    const attempt = registerCommands({
      token: 'wrong',
      applicationId: fake.state.applicationId,
      apiUrl: fake.apiUrl,
    });

    await expect(attempt).rejects.toThrow(
      /registering the \/atlas command in all servers \(global\): Discord answered 401/,
    );
  });
});
