// Application command registration: a bulk overwrite replaces the list; a command keeps its id by name.
import { type Body, fail, type Reply } from './fake-rest.ts';
import type { FakeState } from './fake-state.ts';
import { snowflake } from './snowflake.ts';

/** PUT|GET /applications/:app/commands and /applications/:app/guilds/:guild/commands */
export function registerCommands(state: FakeState, method: string, parts: string[], body: Body): Reply {
  if (parts[1] !== state.applicationId) return fail(403, 50001, 'Missing Access');
  const scope = parts[2] === 'guilds' ? `guild:${parts[3]}` : 'global';
  if (parts[2] === 'guilds' && parts[3] !== state.guildId) return fail(403, 50001, 'Missing Access');
  const existing = state.commands.get(scope) ?? [];
  if (method === 'GET') return { status: 200, body: existing };
  if (method !== 'PUT' || !Array.isArray(body)) return fail(405, 0, '405: Method Not Allowed');
  const next = (body as Body[]).map((command) => ({
    ...command,
    id: existing.find((c) => c.name === command.name)?.id ?? snowflake(),
    application_id: state.applicationId,
    version: snowflake(),
    ...(scope === 'global' ? {} : { guild_id: state.guildId }),
  }));
  state.commands.set(scope, next);
  return { status: 200, body: next };
}
