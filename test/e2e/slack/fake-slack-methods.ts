// The Web API methods the fake Slack knows, answering as Slack does (only the fields ATLAS and Bolt read).
import { type FakeSlackState, PEOPLE } from './fake-slack-state.ts';

export type Handler = (args: Record<string, unknown>) => Record<string, unknown>;

export interface MethodContext {
  state: FakeSlackState;
  groups: ReadonlyMap<string, string[]>;
  socketUrl(): string | undefined;
  baseUrl(): string;
}

export function fakeMethods(api: MethodContext): Record<string, Handler> {
  const { state } = api;
  return {
    'auth.test': () => ({ ok: true, user_id: 'UATLAS', bot_id: 'BATLAS', team_id: 'T0001', user: 'atlas' }),
    'apps.connections.open': () =>
      api.socketUrl() ? { ok: true, url: api.socketUrl() } : { ok: false, error: 'invalid_auth' },
    'chat.postMessage': (a) => {
      const message = state.add({
        channel: String(a.channel),
        ...(a.thread_ts ? { threadTs: String(a.thread_ts) } : {}),
        user: 'UATLAS',
        text: String(a.text ?? ''),
        blocks: jsonArray(a.blocks),
      });
      return { ok: true, channel: message.channel, ts: message.ts };
    },
    'chat.update': (a) => {
      const message = state.find(String(a.channel), String(a.ts));
      if (!message) return { ok: false, error: 'message_not_found' };
      message.text = String(a.text ?? '');
      message.blocks = jsonArray(a.blocks);
      message.versions.push({ text: message.text, blocks: message.blocks, at: Date.now() });
      return { ok: true, channel: message.channel, ts: message.ts };
    },
    'chat.delete': (a) => {
      const message = state.find(String(a.channel), String(a.ts));
      if (!message) return { ok: false, error: 'message_not_found' };
      state.messages.splice(state.messages.indexOf(message), 1);
      return { ok: true, channel: message.channel, ts: message.ts };
    },
    'chat.postEphemeral': (a) => {
      state.ephemerals.push({
        channel: String(a.channel),
        user: String(a.user),
        ...(a.thread_ts ? { threadTs: String(a.thread_ts) } : {}),
        text: String(a.text ?? ''),
        blocks: jsonArray(a.blocks),
        via: 'chat.postEphemeral',
      });
      return { ok: true, message_ts: state.nextTs() };
    },
    'users.info': (a) => {
      const name = PEOPLE[String(a.user)];
      return name
        ? { ok: true, user: { id: a.user, name, real_name: name, profile: { display_name: name } } }
        : { ok: false, error: 'user_not_found' };
    },
    'usergroups.list': () => ({
      ok: true,
      usergroups: [...api.groups].map(([id, users]) => ({ id, users })),
    }),
    'views.open': (a) => {
      const id = `V${String(state.views.length + 1).padStart(8, '0')}`;
      const view = JSON.parse(String(a.view)) as Record<string, unknown>;
      state.views.push({ triggerId: String(a.trigger_id), id, view });
      return { ok: true, view: { id, ...view } };
    },
    'files.getUploadURLExternal': (a) => {
      const id = `F${state.files.length + 1}`;
      state.files.push({ channel: '', filename: String(a.filename), content: '' });
      return { ok: true, upload_url: `${api.baseUrl()}/upload/${id}`, file_id: id };
    },
    'files.completeUploadExternal': (a) => {
      const files = JSON.parse(String(a.files)) as { id: string; title?: string }[];
      for (const f of files) {
        const file = state.files[Number(f.id.slice(1)) - 1];
        if (!file) continue;
        file.channel = String(a.channel_id);
        if (a.thread_ts) file.threadTs = String(a.thread_ts);
        if (f.title) file.title = f.title;
      }
      return { ok: true, files };
    },
  };
}

export function jsonArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value.startsWith('[') ? (JSON.parse(value) as unknown[]) : [];
}
